import { memoryFactToJson } from '@casual-memory/core/backend';
import type { CommandResult } from '../output';
import { listMemories, type Session } from '../session';

/** One export line: a current memory in the shape `import` reads back (the id is informative only). */
export type ExportedMemory = Record<string, unknown> & { id: string; text: string; userId: string };

/** `export`: the user's current memories, one JSON object per line (`--json`: one document). */
export async function exportMemories(session: Session, userId: string): Promise<CommandResult & { jsonl: string }> {
  const memories: ExportedMemory[] = [];
  for (const { id, memory } of await listMemories(session, userId)) {
    if (memory.archived) continue;
    const { archived: _archived, archivedAt: _archivedAt, supersededBy: _supersededBy, ...fields } = memoryFactToJson(memory);
    memories.push({ id, ...fields });
  }
  const jsonl = memories.map((memory) => `${JSON.stringify(memory)}\n`).join('');
  return { data: { user: userId, memories }, lines: [], jsonl };
}
