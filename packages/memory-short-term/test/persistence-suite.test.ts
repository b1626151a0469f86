import type { ShortTermMemory, ShortTermMemoryInput, ShortTermStore } from '@casual-memory/core';
import { StoreUnavailableError } from '@casual-memory/core';
import { shortTermStoreSuite, type ShortTermStoreFactory } from '@casual-memory/test-suite';
import { InMemoryShortTermStore } from '../src';

/**
 * A connection-like view of a shared store: closing it leaves the data, as closing a client leaves a
 * server's. Runs the suite the way a server-backed store meets it: state shared between tests and
 * kept across re-opens, which also exercises the suite's persistence tests.
 */
class SharedStoreView implements ShortTermStore {
  private closed = false;

  constructor(private readonly shared: InMemoryShortTermStore) {}

  addMessages(userId: string, messages: ShortTermMemoryInput[]): Promise<number> {
    return this.open().addMessages(userId, messages);
  }

  getRecentMessages(userId: string, limit?: number): Promise<ShortTermMemory[]> {
    return this.open().getRecentMessages(userId, limit);
  }

  getMessageCount(userId: string): Promise<number> {
    return this.open().getMessageCount(userId);
  }

  clearUserMessages(userId: string): Promise<number> {
    return this.open().clearUserMessages(userId);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private open(): InMemoryShortTermStore {
    if (this.closed) throw new StoreUnavailableError('view is closed');
    return this.shared;
  }
}

const sharedByWindow = new Map<number, InMemoryShortTermStore>();

const openView: ShortTermStoreFactory = async ({ maxMessages }) => {
  let shared = sharedByWindow.get(maxMessages);
  if (shared === undefined) {
    shared = new InMemoryShortTermStore({ maxMessages });
    sharedByWindow.set(maxMessages, shared);
  }
  return new SharedStoreView(shared);
};

shortTermStoreSuite('InMemoryShortTermStore shared across re-opens', openView, { persistent: true });
