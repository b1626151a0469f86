import { type MemoryFact, type MemoryFactInput, MemoryFactSchema, type ScoredMemory } from '@casual-memory/core';

/** A full memory of user `u1` with defaults filled in. */
export function fact(text: string, overrides: Partial<MemoryFactInput> = {}): MemoryFact {
  return MemoryFactSchema.parse({ text, type: 'fact', userId: 'u1', ...overrides });
}

/** A similar memory as a store returns it. */
export function scored(id: string, text: string, score = 0.9, overrides: Partial<MemoryFactInput> = {}): ScoredMemory {
  return { id, memory: fact(text, overrides), score };
}
