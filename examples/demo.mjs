// The casual-memory demo over the embedded in-memory stores. Run it with `npm run demo` from the
// repository root. The write pipeline (@casual-memory/service) is not released yet, so this script
// makes the duplicate / conflict decisions by hand, with the same stores and thresholds the pipeline uses.
import { DEFAULT_SIMILARITY_THRESHOLD } from '@casual-memory/core';
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
async function remember(text, extra = {}) {
  const [vector] = await toyEmbedding.embedDocuments([text]);
  const similar = await vectors.findSimilarMemories(vector, { userId, threshold: 0.7 });
  const best = similar[0];
  if (best && best.score >= 0.999) {
    await vectors.updateMemory(best.id, { mentionCount: best.memory.mentionCount + 1, lastSeen: new Date() });
    say(`   ${quote(text)} -> duplicate of ${best.id.slice(0, 8)}, mentionCount now ${best.memory.mentionCount + 1}`);
    return best.id;
  }
  if (best && best.score >= 0.7 && /\blive in\b/i.test(text) && /\blive in\b/i.test(best.memory.text)) {
    const pendingId = await vectors.add(vector, { text, type: 'fact', userId, importance: 0.8, ...extra });
    await vectors.archiveMemory(pendingId); // held back until the user answers
    const conflictId = await conflicts.addConflict({
      userId,
      memoryAId: best.id,
      memoryBId: pendingId,
      category: 'location',
      similarityScore: Math.max(0, best.score),
      avgImportance: (best.memory.importance + 0.8) / 2,
      clarificationHint: 'Where do you currently live?',
      metadata: { memoryAText: best.memory.text, memoryBText: text },
    });
    say(`   ${quote(text)} contradicts ${quote(best.memory.text)} (score ${best.score.toFixed(2)}) -> conflict ${conflictId.slice(0, 8)}`);
    return pendingId;
  }
  const id = await vectors.add(vector, { text, type: 'fact', userId, importance: 0.8, firstSeen: new Date(), lastSeen: new Date(), ...extra });
  say(`   ${quote(text)} -> stored as ${id.slice(0, 8)}`);
  return id;
}

const london = await remember('I live in London');
await remember('I really like coffee', { type: 'preference' });
await remember('I live in London');
await remember('I live in Paris');
await remember('My dentist appointment is on Friday', { type: 'event', validUntil: new Date(Date.now() + 3 * 86_400_000) });
say();

// 3. Conflicts wait for the user, most important first.
say('3. Pending conflicts become a question for the user');
const [pending] = await conflicts.getPendingConflicts(userId);
say(`   ask: ${quote(pending.clarificationHint)}  (${pending.metadata.memoryAText} / ${pending.metadata.memoryBText})`);
say('   user: "I moved to Paris last month."');
const resolved = await conflicts.resolveConflict(pending.id, {
  conflictId: pending.id,
  decision: 'keep_b',
  resolutionType: 'conversational',
  resolvedBy: userId,
});
await vectors.updateMemory(pending.memoryBId, { archived: false, archivedAt: null });
await vectors.archiveMemory(london, pending.memoryBId);
say(`   resolved: ${resolved}; London archived, superseded by the Paris memory (kept, never deleted)\n`);

// 4. Recall: a query finds the current facts; archived ones stay out unless asked for.
say('4. Recall');
const query = await toyEmbedding.embedQuery('where do I live');
for (const includeArchived of [false, true]) {
  const hits = await vectors.search(query, { filter: { userId, includeArchived }, minScore: 0.3 });
  say(`   search "where do I live" (includeArchived: ${includeArchived}):`);
  for (const hit of hits) say(`     ${hit.score.toFixed(2)}  ${hit.memory.text}${hit.memory.archived ? '  [archived]' : ''}`);
}
say(`\n   default similarity threshold for duplicate checks: ${DEFAULT_SIMILARITY_THRESHOLD}`);
say(`   conflicts: ${await conflicts.getConflictCount(userId, 'resolved')} resolved, ${await conflicts.getConflictCount(userId, 'pending')} pending`);

await Promise.all([vectors.close(), conflicts.close(), recent.close()]);
say('\ndone.');
