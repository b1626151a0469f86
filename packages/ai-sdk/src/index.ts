export type { RememberOutput } from './describe-add-result';
export { DEFAULT_MEMORY_HEADING, formatMemories, type MemoryContext, type MemoryContextOptions, memoryContext } from './memory-context';
export type { MemoryEvent, MemoryEventHandler, MemoryOperation } from './memory-event';
export type { MemoryOptions } from './memory-options';
export type { MemoryRef } from './memory-ref';
export {
  type ConflictsOutput,
  type MemoryTools,
  type MemoryToolsOptions,
  memoryTools,
  type RecallOutput,
  type ResolveOutput,
} from './memory-tools';
export type { RecalledMemory } from './recalled-memory';
export type { MemoryToolFailure } from './report-failure';
export { type ExtractedStatement, type FinishedTurn, type SaveTurnOptions, saveTurn, type TurnExtractor } from './save-turn';
export type { TurnMessage } from './turn-messages';
export { userStatements } from './user-statements';
