import type { AddResult } from '@casual-memory/service';

/** What the integration was doing when a memory operation failed. */
export type MemoryOperation = 'remember' | 'recall' | 'conflicts' | 'resolve' | 'context' | 'save-turn';

/**
 * What the integration reports through `onEvent`. A failure never reaches the turn: the tool answers
 * `{ ok: false }`, the context is empty, the turn is not saved, and this event says why.
 */
export type MemoryEvent =
  | {
      type: 'error';
      operation: MemoryOperation;
      userId: string;
      /** The error's message (a `CasualMemoryError` from the service or a store, usually). */
      message: string;
      /** Whether trying again later may succeed (a store that is down), as the error says. */
      retryable: boolean;
      error: unknown;
    }
  | {
      /** `saveTurn` stored the user's statements of one turn (one `add` each; `statements[i]` gave `results[i]`). */
      type: 'turn-saved';
      userId: string;
      statements: string[];
      results: AddResult[];
    };

export type MemoryEventHandler = (event: MemoryEvent) => void;
