import { memoryFactToJson } from '@casual-memory/core/backend';
import { type CommandResult, oneLine, quote, shortId, someOf } from '../output';
import type { Session } from '../session';

export interface RecallOptions {
  userId: string;
  query: string;
  topK?: number;
  minScore?: number;
}

/** `recall`: the user's current memories that best answer the query, numbered best first, each with its similarity. */
export async function recall(session: Session, options: RecallOptions): Promise<CommandResult> {
  const c = session.colors;
  const hits = await session.service.query(options.userId, options.query, {
    ...(options.topK === undefined ? {} : { topK: options.topK }),
    ...(options.minScore === undefined ? {} : { minScore: options.minScore }),
  });
  const lines =
    hits.length === 0
      ? [c.dim(await nothingFound(session, options))]
      : hits.map((hit, index) => {
          const tags = hit.memory.tags.length === 0 ? '' : c.dim(` [${oneLine(hit.memory.tags.join(', '))}]`);
          // Numbered in rank order, which weighs more than the similarity (0.44 may rank above 0.45): labelled so it
          // does not read as the rank's score. The memory as `list` prints it.
          const similarity = c.dim(`(similarity ${hit.score.toFixed(2)})`);
          return `${c.cyan(`${index + 1}.`)} ${c.dim(`#${shortId(hit.id)}`)} ${quote(hit.memory.text)}${tags}  ${similarity}`;
        });
  return {
    data: {
      user: options.userId,
      query: options.query,
      memories: hits.map((hit) => ({ id: hit.id, score: hit.score, ...memoryFactToJson(hit.memory) })),
    },
    lines,
  };
}

/**
 * Why nothing came back: the user has no memories at all (a `--user` mistyped, or another user's folder:
 * the users it has are named); with --min-score and memories to find, the floor was too high (not that
 * nothing is remembered, which is how "nothing remembered" reads).
 */
async function nothingFound(session: Session, { userId, query, minScore }: RecallOptions): Promise<string> {
  const { vectorStore } = session.stores;
  if ((await vectorStore.listMemories(userId, { limit: 1, includeArchived: true })).memories.length === 0) {
    const others = session.dataDir.users().filter((user) => user !== userId);
    const whose =
      others.length === 0 ? '' : ` (--user picks whose memories are read: this data folder has those of ${someOf(others.map(oneLine))})`;
    return `no memories for user ${quote(userId)} yet${whose}`;
  }
  if (minScore !== undefined && (await vectorStore.listMemories(userId, { limit: 1 })).memories.length > 0)
    return `nothing scored at least ${minScore} for ${quote(query)} (try a lower --min-score)`;
  return `nothing remembered about ${quote(query)}`;
}
