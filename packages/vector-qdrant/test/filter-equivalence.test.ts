import type { MemoryFactInput, MemoryFilter } from '@casual-memory/core';
import { matchesFilter, memoryFactFromJson, type ParsedMemoryFilter } from '@casual-memory/core/backend';
import { seededRandom } from '@casual-memory/test-suite';
import { QdrantVectorStore } from '../src';
import { QdrantStandIn } from './qdrant-stand-in/qdrant-stand-in';

// Random filters through both meanings: core's matchesFilter on the memories, and the store's
// Qdrant filter evaluated by the stand-in (the store does no filtering of its own). They must
// select exactly the same memories, boundaries included.
const TYPES = ['fact', 'preference', 'event', 'goal'] as const;
const TAGS = ['home', 'work', 'food', 'travel'];
const PIVOT = Date.parse('2030-06-15T12:00:00.000Z');
const DAY = 86_400_000;

let standIn: QdrantStandIn;
let store: QdrantVectorStore;

beforeAll(async () => {
  standIn = await QdrantStandIn.start();
  standIn.recordRequests = true;
  store = await QdrantVectorStore.create({ url: standIn.url, collection: 'filters', dimensions: 4 });
});

afterAll(async () => {
  await store.close();
  await standIn.stop();
});

afterEach(() => {
  expect(standIn.takeViolations()).toEqual([]);
});

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function some<T>(random: () => number, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
}

/** Instants around the pivot and around now, so both the boundary and the default (now) are exercised. */
function instants(now: number): number[] {
  return [
    PIVOT - 1,
    PIVOT,
    PIVOT + 1,
    PIVOT - DAY,
    PIVOT + DAY,
    now - DAY,
    now + DAY,
    Date.parse('0000-01-01T00:00:00.000Z'),
    Date.parse('9999-12-31T23:59:59.999Z'),
    Date.parse('1970-01-01T00:00:00.000Z'),
  ];
}

function randomMemory(random: () => number, userId: string, i: number, now: number): MemoryFactInput {
  const validUntil = random() < 0.35 ? undefined : new Date(pick(random, instants(now)));
  return {
    text: `memory ${i}`,
    type: pick(random, TYPES),
    userId,
    tags: random() < 0.2 ? [] : some(random, TAGS, 3),
    importance: pick(random, [0, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 1]),
    archived: random() < 0.3,
    ...(validUntil !== undefined ? { validUntil } : {}),
  };
}

function randomFilter(random: () => number, now: number): MemoryFilter {
  const filter: MemoryFilter = {};
  if (random() < 0.4) filter.types = some(random, TYPES, 3);
  if (random() < 0.4) filter.tags = some(random, [...TAGS, 'unused'], 3);
  if (random() < 0.4) filter.minImportance = pick(random, [0, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 1]);
  if (random() < 0.5) filter.includeArchived = random() < 0.5;
  if (random() < 0.5) filter.includeExpired = random() < 0.5;
  if (random() < 0.6) filter.validAt = new Date(pick(random, [...instants(now), Date.parse('-000100-01-01T00:00:00.000Z')]));
  return filter;
}

describe('MemoryFilter in Qdrant', () => {
  it('selects exactly what matchesFilter selects, for 400 random filters over 300 random memories', async () => {
    const seeded = seededRandom(20_260_615);
    const random = () => seeded() + 0.5; // seededRandom is uniform in [-0.5, 0.5)
    const now = Date.now();
    const userId = `user-${now}`;
    const memories = Array.from({ length: 300 }, (_, i) => randomMemory(random, userId, i, now));
    const ids = await store.addMany(memories.map((memory, i) => ({ vector: [1, (i % 7) / 7, 0, 0], memory })));
    const parsed = memories.map((memory) => memoryFactFromJson({ tags: [], importance: 0.5, confidence: 0.5, mentionCount: 1, ...memory }));
    let nonTrivial = 0;
    for (let round = 0; round < 400; round++) {
      const filter = randomFilter(random, now);
      standIn.requests.length = 0;
      const hits = await store.search(userId, [1, 0, 0, 0], { topK: 1000, minScore: -1, filter });
      // One query request, whose answer is the result: Qdrant did the filtering.
      expect(standIn.requests.map((request) => request.operation)).toEqual(['query_points']);
      const expected = ids.filter((_, i) => matchesFilter(parsed[i]!, filter as ParsedMemoryFilter, new Date()));
      expect({ filter, ids: hits.map((hit) => hit.id).sort() }).toEqual({ filter, ids: expected.sort() });
      if (expected.length > 0 && expected.length < ids.length) nonTrivial++;
    }
    // The random filters are not all trivially "everything" or "nothing".
    expect(nonTrivial).toBeGreaterThan(200);
    // 400 searches, each request and response checked against the OpenAPI schema: slow on a busy 2-core CI machine.
  }, 900_000);

  it('keeps a memory valid until exactly validAt, and drops one valid until a millisecond before', async () => {
    const userId = `boundary-${Date.now()}`;
    const [exact, before, after, never] = await store.addMany(
      [PIVOT, PIVOT - 1, PIVOT + 1, undefined].map((time, i) => ({
        vector: [1, 0, 0, 0],
        memory: { text: `m${i}`, type: 'fact' as const, userId, ...(time !== undefined ? { validUntil: new Date(time) } : {}) },
      })),
    );
    const hits = await store.search(userId, [1, 0, 0, 0], { minScore: -1, filter: { validAt: new Date(PIVOT) } });
    expect(hits.map((hit) => hit.id).sort()).toEqual([exact, after, never].sort());
    expect(hits.map((hit) => hit.id)).not.toContain(before);
  });
});
