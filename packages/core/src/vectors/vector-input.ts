/** An embedding as callers pass it. Stores copy it; they never keep the caller's array. */
export type VectorInput = number[] | Float32Array;
