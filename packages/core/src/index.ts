export * from './defaults';

export * from './errors/casual-memory-error';
export * from './errors/validation-error';
export * from './errors/dimension-mismatch-error';
export * from './errors/not-found-error';
export * from './errors/conflict-state-error';
export * from './errors/store-unavailable-error';

export * from './models/json-value';
export * from './models/memory-type';
export * from './models/memory-fact';
export * from './models/memory-patch';
export * from './models/memory-filter';
export * from './models/memory-conflict';
export * from './models/conflict-resolution';
export * from './models/short-term-memory';

export * from './protocols/vector-memory-store';
export * from './protocols/conflict-store';
export * from './protocols/short-term-store';
export * from './protocols/embedding-provider';
export * from './protocols/chat-provider';
export * from './protocols/nli-provider';

export * from './validation/parse-input';
export * from './validation/store-options';

export * from './vectors/vector-input';
export * from './vectors/validate-vector';
export * from './vectors/cosine-similarity';
export * from './vectors/normalize-vector';

export * from './records/matches-filter';
export * from './records/apply-memory-patch';
export * from './records/archive-memory-fact';
export * from './records/apply-conflict-resolution';
export * from './records/escalate-memory-conflict';
export * from './records/compare-pending-conflicts';
export * from './records/memory-fact-json';
export * from './records/memory-conflict-json';
export * from './records/short-term-memory-json';
export * from './records/clone-records';
