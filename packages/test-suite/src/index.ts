export * from './test-api';
export * from './random-id';
export * from './assert-rejects-with';
export * from './suite-harness';
export * from './seeded-vectors';
export * from './vector-store/vector-store-suite';
export * from './conflict-store/conflict-store-suite';
export * from './short-term-store/short-term-store-suite';
