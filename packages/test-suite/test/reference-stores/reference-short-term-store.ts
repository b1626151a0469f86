import type { ShortTermMemory } from '@casual-memory/core';
import { ShortTermStoreBase } from '@casual-memory/core/backend';

/** The simplest correct `ShortTermStore` on core's store kit: one array per user, trimmed on append. */
export class ReferenceShortTermStore extends ShortTermStoreBase {
  private readonly byUser = new Map<string, ShortTermMemory[]>();

  constructor(private readonly maxMessages: number) {
    super('ReferenceShortTermStore');
  }

  protected appendMessages(userId: string, messages: readonly ShortTermMemory[]): void {
    this.byUser.set(userId, [...(this.byUser.get(userId) ?? []), ...messages].slice(-this.maxMessages));
  }

  protected readRecentMessages(userId: string, limit: number): ShortTermMemory[] {
    return (this.byUser.get(userId) ?? []).slice(-limit);
  }

  protected countMessages(userId: string): number {
    return this.byUser.get(userId)?.length ?? 0;
  }

  protected removeUserMessages(userId: string): number {
    const count = this.countMessages(userId);
    this.byUser.delete(userId);
    return count;
  }

  protected closeStore(): void {
    this.byUser.clear();
  }
}
