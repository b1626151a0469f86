import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { seededVectors } from '../seeded-vectors';
import { atCosine, axis, fact, SCORE_TOLERANCE, SUITE_DIMENSIONS } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

/** A common embedding size, where float32 rounding shows more than at the suite's 8 dimensions. */
const EMBEDDING_DIMENSIONS = 384;

export function registerScoreExactnessTests({ it, withStore }: VectorHarness): void {
  for (const dimensions of [SUITE_DIMENSIONS, EMBEDDING_DIMENSIONS]) {
    it(
      `finds every exact duplicate with threshold 1 and minScore 1 (200 random vectors, ${dimensions} dimensions)`,
      withStore(
        async (store) => {
          assert.equal(store.dimensions, dimensions, `the factory was asked for ${dimensions} dimensions`);
          const userId = randomId('user');
          const vectors = seededVectors(200, dimensions, 1000 + dimensions);
          const ids = await store.addMany(vectors.map((vector, i) => ({ vector, memory: fact(userId, `random ${i}`) })));
          const missed: number[] = [];
          for (const [i, vector] of vectors.entries()) {
            const similar = await store.findSimilarMemories(userId, vector, { threshold: 1, limit: 5 });
            const searched = await store.search(userId, vector, { minScore: 1, topK: 5 });
            for (const hits of [similar, searched]) {
              if (hits.length !== 1 || hits[0]!.id !== ids[i]) missed.push(i);
              for (const hit of hits) assert.ok(hit.score <= 1 && hit.score >= 1 - SCORE_TOLERANCE, `duplicate ${i} scored ${hit.score}`);
            }
          }
          assert.deepEqual(missed, [], `exact duplicates missed (or found with others) by threshold/minScore 1: ${missed.join(', ')}`);
        },
        { dimensions },
      ),
    );

    it(
      `a cosine of exactly 0.7 meets minScore and threshold 0.7, either way round (${dimensions} dimensions)`,
      withStore(
        async (store) => {
          const userId = randomId('user');
          const other = randomId('user');
          const axisId = await store.add(axis(0, dimensions), fact(userId, 'axis'));
          const leaningId = await store.add(atCosine(0.7, dimensions), fact(other, 'at 0.7'));
          // A query at 0.7 from a stored axis, and an axis query against a stored vector at 0.7.
          const cases: [string, number[], string][] = [
            [userId, atCosine(0.7, dimensions), axisId],
            [other, axis(0, dimensions), leaningId],
          ];
          for (const [user, query, id] of cases) {
            const searched = await store.search(user, query, { minScore: 0.7 });
            const similar = await store.findSimilarMemories(user, query, { threshold: 0.7 });
            for (const hits of [searched, similar]) {
              assert.deepEqual(
                hits.map((hit) => hit.id),
                [id],
                'a cosine of 0.7 meets 0.7',
              );
              assert.ok(Math.abs(hits[0]!.score - 0.7) < SCORE_TOLERANCE, `scored ${hits[0]!.score}`);
            }
          }
        },
        { dimensions },
      ),
    );
  }

  it(
    'keeps every score within [-1, 1]: copies, scaled copies and opposites of random vectors',
    withStore(async (store) => {
      const userId = randomId('user');
      const vectors = seededVectors(20, SUITE_DIMENSIONS, 77);
      const scaled = (vector: number[], factor: number) => vector.map((x) => x * factor);
      await store.addMany(
        vectors.flatMap((vector, i) => [
          { vector, memory: fact(userId, `same ${i}`) },
          { vector: scaled(vector, 1000), memory: fact(userId, `large ${i}`) },
          { vector: scaled(vector, 1e-3), memory: fact(userId, `small ${i}`) },
          { vector: scaled(vector, -1), memory: fact(userId, `opposite ${i}`) },
        ]),
      );
      for (const [i, vector] of vectors.entries()) {
        const hits = await store.search(userId, vector, { minScore: -1, topK: 100 });
        assert.equal(hits.length, 80);
        for (const hit of hits) assert.ok(hit.score >= -1 && hit.score <= 1, `${hit.memory.text} scored ${hit.score}`);
        const score = (text: string) => hits.find((hit) => hit.memory.text === text)?.score ?? Number.NaN;
        for (const text of [`same ${i}`, `large ${i}`, `small ${i}`])
          assert.ok(Math.abs(score(text) - 1) < SCORE_TOLERANCE, `${text} scored ${score(text)}`);
        assert.ok(Math.abs(score(`opposite ${i}`) + 1) < SCORE_TOLERANCE, `opposite ${i} scored ${score(`opposite ${i}`)}`);
        const opposite = await store.search(userId, scaled(vector, -1), { minScore: -1, topK: 100 });
        for (const hit of opposite)
          assert.ok(hit.score >= -1 && hit.score <= 1, `${hit.memory.text} scored ${hit.score} against an opposite`);
      }
    }),
  );
}
