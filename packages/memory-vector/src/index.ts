export * from './in-memory-vector-store';
export type { KernelKind, KernelPreference } from './vector-arena';
