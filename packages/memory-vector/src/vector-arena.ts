import { StoreUnavailableError, ValidationError, normalizeVector, type VectorInput } from '@casual-memory/core';
import { jsScoreRange, jsScoreRows } from './js-kernel';
import { instantiateWasmKernel, wasmKernelModule, type WasmKernelExports } from './load-wasm-kernel';

/** Which dot-product kernel to use: `auto` picks WebAssembly SIMD where the runtime has it. */
export type KernelPreference = 'auto' | 'wasm' | 'js';
/** The kernel a store actually runs. */
export type KernelKind = 'wasm' | 'js';

const PAGE_BYTES = 65_536;
/** 32-bit WebAssembly memory tops out at 65 536 pages: 4 GiB. */
const MAX_PAGES = 65_536;
/** Page 0 belongs to the AssemblyScript runtime; our data starts after it. */
const RESERVED_BYTES = PAGE_BYTES;

/**
 * Unit vectors in one contiguous Float32Array that lives inside the store's WebAssembly memory, so
 * the SIMD kernel reads rows in place. Layout (bytes): [reserved page][query row][rows × capacity]
 * [scores × capacity][row list × capacity]. Rows are padded to a multiple of 4 floats (one f32x4).
 * Rows are dense: deleting moves the last row into the hole.
 */
export class VectorArena {
  readonly dimensions: number;
  /** Floats per row: dimensions rounded up to a multiple of 4 (padding stays zero). */
  readonly stride: number;
  readonly kernel: KernelKind;
  /** The most rows this arena holds, at most `maxRowsFor(dimensions)` (the caller checks). */
  readonly maxRows: number;
  private memory: WebAssembly.Memory | null;
  private buffer: ArrayBuffer;
  private floats!: Float32Array;
  private ints!: Int32Array;
  private readonly wasm: WasmKernelExports | null;
  private capacityRows: number;
  private rowCount = 0;

  constructor(dimensions: number, initialCapacity: number, preference: KernelPreference, maxRows: number) {
    this.dimensions = dimensions;
    this.stride = Math.ceil(dimensions / 4) * 4;
    this.maxRows = maxRows;
    this.capacityRows = Math.min(Math.max(1, initialCapacity), this.maxRows);
    const module = preference === 'js' ? null : wasmKernelModule();
    if (preference === 'wasm' && module === null) {
      throw new ValidationError('kernel', 'kernel "wasm" was requested, but this runtime has no WebAssembly SIMD');
    }
    const bytes = this.bytesFor(this.capacityRows);
    if (typeof WebAssembly === 'object') {
      this.memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE_BYTES), maximum: MAX_PAGES });
      this.buffer = this.memory.buffer;
    } else {
      this.memory = null;
      this.buffer = new ArrayBuffer(bytes);
    }
    this.wasm = module !== null && this.memory !== null ? instantiateWasmKernel(module, this.memory) : null;
    this.kernel = this.wasm !== null ? 'wasm' : 'js';
    this.refreshViews();
  }

  /** How many rows of `dimensions` floats fit in 32-bit linear memory. */
  static maxRowsFor(dimensions: number): number {
    const stride = Math.ceil(dimensions / 4) * 4;
    const usable = MAX_PAGES * PAGE_BYTES - RESERVED_BYTES - stride * 4;
    return Math.floor(usable / (stride * 4 + 8));
  }

  get count(): number {
    return this.rowCount;
  }

  /** Bytes of linear memory reserved now. */
  get reservedBytes(): number {
    return this.buffer.byteLength;
  }

  /** Appends `vector` scaled to unit length; returns its row. Grows by doubling when full. */
  append(vector: VectorInput): number {
    if (this.rowCount === this.capacityRows) this.grow(this.rowCount + 1);
    const row = this.rowCount++;
    const start = this.rowFloat(row);
    normalizeVector(vector, this.floats.subarray(start, start + this.dimensions));
    return row;
  }

  /** Makes room for `additional` more rows at once (used by addMany so a batch never half-fits). */
  reserve(additional: number): void {
    if (this.rowCount + additional > this.capacityRows) this.grow(this.rowCount + additional);
  }

  /** Moves the last row into `row` and drops the last; returns the row number that moved (or -1). */
  removeBySwap(row: number): number {
    const last = this.rowCount - 1;
    if (row !== last) {
      const from = this.rowFloat(last);
      this.floats.copyWithin(this.rowFloat(row), from, from + this.stride);
    }
    this.rowCount = last;
    return row !== last ? last : -1;
  }

  /** Scores every row against `query`; returns a view of `count` scores (valid until the next call). */
  scoreAll(query: VectorInput): Float32Array {
    this.writeQuery(query);
    const out = this.scoresFloat();
    if (this.wasm !== null) {
      this.wasm.scoreRange(this.vectorsByte(), this.stride, 0, this.rowCount, RESERVED_BYTES, out * 4);
    } else {
      jsScoreRange(this.floats, this.vectorsByte() / 4, this.stride, 0, this.rowCount, RESERVED_BYTES / 4, out);
    }
    return this.floats.subarray(out, out + this.rowCount);
  }

  /** Scores the listed rows (one user's) against `query`; returns a view of scores in list order. */
  scoreRows(query: VectorInput, rows: Int32Array): Float32Array {
    this.writeQuery(query);
    const out = this.scoresFloat();
    const list = out + this.capacityRows;
    this.ints.set(rows, list);
    if (this.wasm !== null) {
      this.wasm.scoreRows(this.vectorsByte(), this.stride, list * 4, rows.length, RESERVED_BYTES, out * 4);
    } else {
      jsScoreRows(this.floats, this.vectorsByte() / 4, this.stride, this.ints.subarray(list, list + rows.length), rows.length, RESERVED_BYTES / 4, out);
    }
    return this.floats.subarray(out, out + rows.length);
  }

  /** Drops the memory; the arena is unusable afterwards. */
  release(): void {
    this.memory = null;
    this.buffer = new ArrayBuffer(0);
    this.refreshViews();
    this.rowCount = 0;
    this.capacityRows = 0;
  }

  private grow(required: number): void {
    if (required > this.maxRows) {
      throw new StoreUnavailableError(`InMemoryVectorStore is full: it holds at most ${this.maxRows} vectors of ${this.dimensions} dimensions`);
    }
    let capacity = this.capacityRows;
    while (capacity < required) capacity *= 2;
    capacity = Math.min(capacity, this.maxRows);
    const bytes = this.bytesFor(capacity);
    if (this.memory !== null) {
      const pages = Math.ceil((bytes - this.buffer.byteLength) / PAGE_BYTES);
      if (pages > 0) {
        try {
          this.memory.grow(pages);
        } catch (cause) {
          throw new StoreUnavailableError(`InMemoryVectorStore could not grow its memory to ${bytes} bytes`, cause);
        }
      }
      this.buffer = this.memory.buffer;
    } else {
      const next = new ArrayBuffer(bytes);
      new Uint8Array(next).set(new Uint8Array(this.buffer, 0, this.vectorsByte() + this.rowCount * this.stride * 4));
      this.buffer = next;
    }
    this.capacityRows = capacity;
    this.refreshViews();
  }

  private bytesFor(capacity: number): number {
    return RESERVED_BYTES + this.stride * 4 + capacity * (this.stride * 4 + 8);
  }

  private refreshViews(): void {
    this.floats = new Float32Array(this.buffer);
    this.ints = new Int32Array(this.buffer);
  }

  private writeQuery(query: VectorInput): void {
    const start = RESERVED_BYTES / 4;
    normalizeVector(query, this.floats.subarray(start, start + this.dimensions));
  }

  private vectorsByte(): number {
    return RESERVED_BYTES + this.stride * 4;
  }

  private rowFloat(row: number): number {
    return this.vectorsByte() / 4 + row * this.stride;
  }

  /** Float index of the scores region (right after the rows region). */
  private scoresFloat(): number {
    return this.vectorsByte() / 4 + this.capacityRows * this.stride;
  }
}
