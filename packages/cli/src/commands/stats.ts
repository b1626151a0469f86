import { memoryStatus } from '../memory-status';
import type { CommandResult } from '../output';
import { listMemories, type Session } from '../session';

const LABELS: Record<string, string> = { shortTerm: 'short-term' };

interface UserStats {
  user: string;
  memories: { current: number; expired: number; superseded: number; rejected: number; heldForConflict: number };
  conflicts: { pending: number; escalated: number; resolved: number };
}

/** `stats`: memories per user and status, conflicts per status, and where each part is stored. */
export async function stats(session: Session, only: string | undefined): Promise<CommandResult> {
  const c = session.colors;
  const users = only === undefined ? session.dataDir.users() : [only];
  const now = Date.now();
  const perUser: UserStats[] = [];
  for (const user of users) {
    const memories = { current: 0, expired: 0, superseded: 0, rejected: 0, heldForConflict: 0 };
    for (const { memory } of await listMemories(session, user)) {
      const status = memoryStatus(memory, now);
      memories[status === 'held' ? 'heldForConflict' : status]++;
    }
    const { conflictStore } = session.stores;
    const conflicts = {
      pending: await conflictStore.getConflictCount(user, 'pending'),
      escalated: await conflictStore.getConflictCount(user, 'escalated'),
      resolved: await conflictStore.getConflictCount(user, 'resolved'),
    };
    perUser.push({ user, memories, conflicts });
  }
  const lines = [
    `${c.bold('data dir')}   ${session.dataDir.path}`,
    ...Object.entries(session.stores.parts).map(([part, description]) => `${c.bold((LABELS[part] ?? part).padEnd(10))} ${description}`),
    '',
  ];
  if (perUser.length === 0) lines.push(c.dim('no users yet'));
  for (const { user, memories: m, conflicts: k } of perUser) {
    lines.push(
      `${c.bold(user)}: ${m.current} current, ${m.superseded} superseded, ${m.rejected} rejected, ${m.heldForConflict} held, ${m.expired} expired; ` +
        `conflicts ${k.pending} pending, ${k.escalated} escalated, ${k.resolved} resolved`,
    );
  }
  return { data: { dataDir: session.dataDir.path, parts: session.stores.parts, users: perUser }, lines };
}
