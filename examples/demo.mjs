// The casual-memory demo over the embedded in-memory stores. Run it with `npm run demo` from the
// repository root. The write pipeline (@casual-memory/service) is not released yet, so this script
// makes the duplicate / conflict decisions by hand, with the same stores and thresholds the pipeline uses.
import { DEFAULT_SIMILARITY_THRESHOLD, StoreClosedError } from '@casual-memory/core';
import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryShortTermStore } from '@casual-memory/memory-short-term';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { toyEmbedding } from './toy-embedding.mjs';

const userId = 'demo-user';
const vectors = new InMemoryVectorStore({ dimensions: toyEmbedding.dimensions });
const conflicts = new InMemoryConflictStore();
const recent = new InMemoryShortTermStore({ maxMessages: 4 });

const say = (line = '') => console.log(line);
const quote = (text) => `"${text}"`;

say(`casual-memory demo: vector store kernel "${vectors.kernel}", ${toyEmbedding.dimensions}-d toy embeddings\n`);

// 1. Short-term memory: the last few turns of the conversation, newest kept.
say('1. Short-term memory keeps the newest 4 turns per user');
await recent.addMessages(userId, [
  { role: 'user', content: 'Hi! I just moved.' },
  { role: 'assistant', content: 'Welcome! Where to?' },
  { role: 'user', content: 'I live in London now.' },
  { role: 'assistant', content: 'Lovely city.' },
  { role: 'user', content: 'I really like coffee, by the way.' },
]);
for (const message of await recent.getRecentMessages(userId)) say(`   ${message.role.padEnd(9)} ${message.content}`);
say(`   (${await recent.getMessageCount(userId)} kept of 5 sent)\n`);

// 2. Long-term memory: each new fact is compared with similar old ones before it is stored.
say('2. Long-term memory: compare each new fact with similar old ones');
/** The demo's stand-in for the pipeline's contradiction check: same topic, different facts. */
const TOPICS = [
  { pattern: /\blive in\b/i, category: 'location', hint: 'Where do you currently live?' },
  { pattern: /\bwork at\b/i, category: 'work', hint: 'Where do you work, and as what?' },
];
const topicOf = (text) => TOPICS.find((topic) => topic.pattern.test(text));

async function remember(text, extra = {}) {
  const [vector] = await toyEmbedding.embedDocuments([text]);
  const similar = await vectors.findSimilarMemories(userId, vector, { threshold: 0.7 });
  const best = similar[0];
  if (best && best.score >= 0.999) {
    await vectors.updateMemory(userId, best.id, { mentionCount: best.memory.mentionCount + 1, lastSeen: new Date() });
    say(`   ${quote(text)} -> duplicate of ${best.id.slice(0, 8)}, mentionCount now ${best.memory.mentionCount + 1}`);
    return best.id;
  }
  const topic = topicOf(text);
  if (best && topic !== undefined && topicOf(best.memory.text) === topic) {
    const pendingId = await vectors.add(vector, { text, type: 'fact', userId, importance: 0.8, ...extra });
    await vectors.archiveMemory(userId, pendingId); // held back until the user answers
    const conflictId = await conflicts.addConflict({
      userId,
      memoryAId: best.id,
      memoryBId: pendingId,
      category: topic.category,
      similarityScore: Math.max(0, best.score),
      avgImportance: (best.memory.importance + 0.8) / 2,
      clarificationHint: topic.hint,
      metadata: { memoryAText: best.memory.text, memoryBText: text }, // ours: no store writes into it
    });
    say(`   ${quote(text)} contradicts ${quote(best.memory.text)} (score ${best.score.toFixed(2)}) -> conflict ${conflictId.slice(0, 8)}`);
    return pendingId;
  }
  const id = await vectors.add(vector, {
    text,
    type: 'fact',
    userId,
    importance: 0.8,
    firstSeen: new Date(),
    lastSeen: new Date(),
    ...extra,
  });
  say(`   ${quote(text)} -> stored as ${id.slice(0, 8)}`);
  return id;
}

await remember('I live in London');
await remember('I really like coffee', { type: 'preference' });
await remember('I live in London');
await remember('I live in Paris');
await remember('I work at the hospital');
await remember('I work at the hospital as a nurse');
await remember('My dentist appointment is on Friday', { type: 'event', validUntil: new Date(Date.now() + 3 * 86_400_000) });
say();

// 3. Conflicts wait for the user, most important first; the answer is recorded on the conflict itself.
say('3. Pending conflicts become questions for the user');
const answers = {
  location: { reply: 'I moved to Paris last month.', decision: 'keep_b', notes: 'moved last month' },
  work: { reply: "Both: I'm a nurse there.", decision: 'merge', confirmingMemoryText: 'I work at the hospital as a nurse' },
};
for (const pending of await conflicts.getPendingConflicts(userId)) {
  const { reply, ...answer } = answers[pending.category];
  say(`   ask: ${quote(pending.clarificationHint)}  (${pending.metadata.memoryAText} / ${pending.metadata.memoryBText})`);
  say(`   user: ${quote(reply)}`);
  const resolved = await conflicts.resolveConflict(userId, pending.id, {
    conflictId: pending.id,
    resolutionType: 'conversational',
    resolvedBy: userId,
    ...answer,
  });
  const conflict = await conflicts.getConflict(userId, pending.id);
  say(
    `   resolved: ${resolved}; the conflict now records resolutionDecision ${conflict.resolutionDecision}, resolvedBy ${conflict.resolvedBy},`,
  );
  if (conflict.resolutionDecision === 'merge') {
    say(`     mergedText ${quote(conflict.mergedText)} (no winning memory)`);
    // Both memories give way to one with the merged text, which is embedded afresh.
    const [vector] = await toyEmbedding.embedDocuments([conflict.mergedText]);
    const merged = await vectors.add(vector, { text: conflict.mergedText, type: 'fact', userId, importance: 0.8 });
    for (const old of [conflict.memoryAId, conflict.memoryBId]) await vectors.archiveMemory(userId, old, merged);
    say(`     -> both memories archived, superseded by ${merged.slice(0, 8)}`);
  } else {
    say(`     winningMemoryId ${conflict.winningMemoryId.slice(0, 8)}, resolutionNotes ${quote(conflict.resolutionNotes)}`);
    const loser = conflict.winningMemoryId === conflict.memoryAId ? conflict.memoryBId : conflict.memoryAId;
    await vectors.updateMemory(userId, conflict.winningMemoryId, { archived: false, archivedAt: null });
    await vectors.archiveMemory(userId, loser, conflict.winningMemoryId);
    say(`     -> ${quote(conflict.metadata.memoryAText)} archived, superseded by the winner (kept, never deleted)`);
  }
  say(`   metadata is still the caller's: ${JSON.stringify(conflict.metadata)}`);
}
say();

// 4. Recall: a query finds the current facts; archived ones stay out unless asked for.
say('4. Recall');
for (const question of ['where do I live', 'my job at the hospital']) {
  const query = await toyEmbedding.embedQuery(question);
  for (const includeArchived of [false, true]) {
    const hits = await vectors.search(userId, query, { minScore: 0.3, filter: { includeArchived } });
    say(`   search ${quote(question)} (includeArchived: ${includeArchived}):`);
    for (const hit of hits) say(`     ${hit.score.toFixed(2)}  ${hit.memory.text}${hit.memory.archived ? '  [archived]' : ''}`);
  }
}
say(`\n   default similarity threshold for duplicate checks: ${DEFAULT_SIMILARITY_THRESHOLD}`);
say(
  `   conflicts: ${await conflicts.getConflictCount(userId, 'resolved')} resolved, ${await conflicts.getConflictCount(userId, 'pending')} pending`,
);
const anyQuery = await toyEmbedding.embedQuery('where do I live');
const otherUserHits = await vectors.search('someone-else', anyQuery, { minScore: -1, filter: { includeArchived: true } });
say(`   another user sees none of it: ${otherUserHits.length} memories, ${await conflicts.getConflictCount('someone-else')} conflicts`);
say();

// 5. Errors are typed and say whether a retry can help.
say('5. Typed errors');
await Promise.all([vectors.close(), conflicts.close(), recent.close()]);
const error = await recent.getRecentMessages(userId).catch((caught) => caught);
say(
  `   after close(): ${error.name} ${error.code} (retryable: ${error.retryable}), StoreClosedError.isInstance: ${StoreClosedError.isInstance(error)}`,
);
say('\ndone.');
