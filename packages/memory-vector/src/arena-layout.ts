// The byte layout of a store's linear memory, shared by the arena and the options check:
// [reserved page][query row][rows × capacity][scores × capacity][row list × capacity].

export const PAGE_BYTES = 65_536;
/** 32-bit WebAssembly memory tops out at 65 536 pages: 4 GiB. */
export const MAX_PAGES = 65_536;
/** Page 0 belongs to the AssemblyScript runtime; our data starts after it. */
export const RESERVED_BYTES = PAGE_BYTES;

/** Floats per row: dimensions rounded up to a multiple of 4 (one f32x4; the padding stays zero). */
export function strideFor(dimensions: number): number {
  return Math.ceil(dimensions / 4) * 4;
}

/** Bytes a store of `capacity` rows needs: per row the vector plus 8 bytes of search scratch (a score and a row number). */
export function bytesFor(stride: number, capacity: number): number {
  return RESERVED_BYTES + stride * 4 + capacity * (stride * 4 + 8);
}

/** WebAssembly pages that hold `bytes`. */
export function pagesFor(bytes: number): number {
  return Math.ceil(bytes / PAGE_BYTES);
}

/** How many rows of `dimensions` floats fit in 32-bit linear memory (below 1: none). */
export function maxRowsFor(dimensions: number): number {
  const stride = strideFor(dimensions);
  const usable = MAX_PAGES * PAGE_BYTES - RESERVED_BYTES - stride * 4;
  return Math.floor(usable / (stride * 4 + 8));
}
