export * from './in-memory-short-term-store';
