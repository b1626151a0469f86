export * from './in-memory-conflict-store';
