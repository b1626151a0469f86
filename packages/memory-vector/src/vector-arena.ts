import { StoreFullError, ValidationError } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';
import { bytesFor, MAX_PAGES, PAGE_BYTES, pagesFor, RESERVED_BYTES, strideFor } from './arena-layout';
import { jsScoreRange, jsScoreRows } from './js-kernel';
import { instantiateWasmKernel, type WasmKernelExports, wasmKernelModule } from './load-wasm-kernel';
import { warnKernelFallback } from './warn-kernel-fallback';

/** Which dot-product kernel to use: `auto` picks WebAssembly SIMD where the runtime has it. */
export type KernelPreference = 'auto' | 'wasm' | 'js';
/** The kernel a store actually runs. */
export type KernelKind = 'wasm' | 'js';

export interface VectorArenaOptions {
  dimensions: number;
  initialCapacity: number;
  kernel: KernelPreference;
  /** The most rows this arena holds, at most `maxRowsFor(dimensions)` (the caller checks). */
  maxRows: number;
  /** Declare `maxRows` as the WebAssembly memory's maximum (when the caller set a cap); else no maximum. */
  capped: boolean;
  /** The store's name, for messages. */
  store: string;
}

/**
 * Unit vectors in one contiguous Float32Array, so a search is one pass over adjacent rows. With the
 * WebAssembly kernel the array lives inside the store's own `WebAssembly.Memory` and the SIMD
 * kernel reads rows in place; the plain-JS kernel uses an ordinary ArrayBuffer of the same layout
 * (see arena-layout.ts). Rows are padded to a multiple of 4 floats. Rows are dense: deleting moves
 * the last row into the hole.
 */
export class VectorArena {
  readonly dimensions: number;
  /** Floats per row: dimensions rounded up to a multiple of 4 (padding stays zero). */
  readonly stride: number;
  readonly kernel: KernelKind;
  readonly maxRows: number;
  private readonly store: string;
  /** The compiled kernel, kept to instantiate it over a new memory when the arena shrinks. */
  private readonly module: WebAssembly.Module | null;
  /** Maximum pages declared for a new memory (undefined: none). */
  private readonly maxPages: number | undefined;
  private memory: WebAssembly.Memory | null = null;
  private buffer: ArrayBuffer;
  private floats!: Float32Array;
  private ints!: Int32Array;
  /** The instance's exports, which hold `memory`: dropped with it on release. */
  private wasm: WasmKernelExports | null = null;
  private capacityRows: number;
  private rowCount = 0;

  constructor(options: VectorArenaOptions) {
    this.dimensions = options.dimensions;
    this.stride = strideFor(options.dimensions);
    this.maxRows = options.maxRows;
    this.store = options.store;
    this.maxPages = options.capped ? Math.min(MAX_PAGES, pagesFor(bytesFor(this.stride, this.maxRows))) : undefined;
    this.capacityRows = Math.min(options.initialCapacity, this.maxRows);
    const module = options.kernel === 'js' ? null : wasmKernelModule();
    if (options.kernel === 'wasm' && module === null) {
      throw new ValidationError({
        path: `${this.store} options.kernel`,
        message: `${this.store} options: kernel "wasm" was requested, but this runtime has no WebAssembly SIMD`,
      });
    }
    const bytes = this.bytesFor(this.capacityRows);
    let wasmReady = false;
    if (module !== null) {
      try {
        this.adoptWasm(module, bytes);
        wasmReady = true;
      } catch (cause) {
        if (options.kernel === 'wasm') {
          throw new StoreFullError({
            message: `${this.store} could not reserve WebAssembly memory for kernel "wasm" (${bytes} bytes): ${thrownMessage(cause)}`,
            cause,
          });
        }
        warnKernelFallback(cause);
      }
    }
    this.module = wasmReady ? module : null;
    this.kernel = wasmReady ? 'wasm' : 'js';
    this.buffer = this.memory?.buffer ?? this.plainBuffer(bytes);
    this.refreshViews();
  }

  get count(): number {
    return this.rowCount;
  }

  /** Bytes of memory reserved now (WebAssembly memory or the plain buffer). */
  get reservedBytes(): number {
    return this.buffer.byteLength;
  }

  /** Copies a unit vector into a new row; returns its row. Grows by doubling when full. */
  append(vector: Float32Array): number {
    if (this.rowCount === this.capacityRows) this.grow(this.rowCount + 1);
    const row = this.rowCount++;
    this.floats.set(vector, this.rowFloat(row));
    return row;
  }

  /** A copy of the vector in `row` (a copy, not a view: the memory may grow, and rows move, before the caller reads it). */
  vectorAt(row: number): Float32Array {
    const start = this.rowFloat(row);
    return this.floats.slice(start, start + this.dimensions);
  }

  /** Makes room for `additional` more rows at once (so a batch never half-fits). */
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

  /** Scores every row against a unit `query`; returns a view of `count` scores (valid until the next call). */
  scoreAll(query: Float32Array): Float32Array {
    this.writeQuery(query);
    const out = this.scoresFloat();
    if (this.wasm !== null) {
      this.wasm.scoreRange(this.vectorsByte(), this.stride, 0, this.rowCount, RESERVED_BYTES, out * 4);
    } else {
      jsScoreRange(this.floats, this.vectorsByte() / 4, this.stride, 0, this.rowCount, RESERVED_BYTES / 4, out);
    }
    return this.floats.subarray(out, out + this.rowCount);
  }

  /** Scores the listed rows (one user's) against a unit `query`; returns a view of scores in list order. */
  scoreRows(query: Float32Array, rows: Int32Array): Float32Array {
    this.writeQuery(query);
    const out = this.scoresFloat();
    const list = out + this.capacityRows;
    this.ints.set(rows, list);
    if (this.wasm !== null) {
      this.wasm.scoreRows(this.vectorsByte(), this.stride, list * 4, rows.length, RESERVED_BYTES, out * 4);
    } else {
      jsScoreRows(
        this.floats,
        this.vectorsByte() / 4,
        this.stride,
        this.ints.subarray(list, list + rows.length),
        rows.length,
        RESERVED_BYTES / 4,
        out,
      );
    }
    return this.floats.subarray(out, out + rows.length);
  }

  /**
   * Shrinks the reserved memory to hold `capacity` rows (never fewer than the rows held, at least
   * one) when that frees memory: a new, smaller memory (and kernel instance over it) with the rows
   * copied, the old one left to the garbage collector. WebAssembly memory cannot shrink in place.
   */
  shrinkTo(capacity: number): void {
    const target = Math.max(1, this.rowCount, Math.min(capacity, this.capacityRows));
    const bytes = this.bytesFor(target);
    const reserved = this.memory !== null ? pagesFor(bytes) * PAGE_BYTES : bytes;
    if (reserved >= this.buffer.byteLength) return;
    const rows = new Uint8Array(this.buffer, this.vectorsByte(), this.rowCount * this.stride * 4);
    // A failure here leaves the arena as it was; the store kit reports it as retryable.
    if (this.module !== null) {
      this.adoptWasm(this.module, bytes);
    } else {
      this.buffer = new ArrayBuffer(bytes);
    }
    new Uint8Array(this.buffer).set(rows, this.vectorsByte());
    this.capacityRows = target;
    this.refreshViews();
  }

  /** Drops the memory and the kernel instance that holds it; the arena is unusable afterwards. */
  release(): void {
    this.wasm = null;
    this.memory = null;
    this.buffer = new ArrayBuffer(0);
    this.refreshViews();
    this.rowCount = 0;
    this.capacityRows = 0;
  }

  private grow(required: number): void {
    if (required > this.maxRows) {
      throw new StoreFullError({
        message: `${this.store} is full: it holds at most ${this.maxRows} vectors of ${this.dimensions} dimensions`,
      });
    }
    let capacity = this.capacityRows;
    while (capacity < required) capacity *= 2;
    capacity = Math.min(capacity, this.maxRows);
    const bytes = this.bytesFor(capacity);
    if (this.memory !== null) {
      const pages = pagesFor(bytes - this.buffer.byteLength);
      if (pages > 0) {
        try {
          this.memory.grow(pages);
        } catch (cause) {
          throw new StoreFullError({
            message: `${this.store} could not grow its memory to ${bytes} bytes: ${thrownMessage(cause)}`,
            cause,
          });
        }
      }
      this.buffer = this.memory.buffer;
    } else {
      const next = this.plainBuffer(bytes);
      new Uint8Array(next).set(new Uint8Array(this.buffer, 0, this.vectorsByte() + this.rowCount * this.stride * 4));
      this.buffer = next;
    }
    this.capacityRows = capacity;
    this.refreshViews();
  }

  /** A new WebAssembly memory of `bytes` and the kernel instantiated over it, replacing the current pair. */
  private adoptWasm(module: WebAssembly.Module, bytes: number): void {
    const descriptor: WebAssembly.MemoryDescriptor = { initial: pagesFor(bytes) };
    if (this.maxPages !== undefined) descriptor.maximum = this.maxPages;
    const memory = new WebAssembly.Memory(descriptor);
    this.wasm = instantiateWasmKernel(module, memory);
    this.memory = memory;
    this.buffer = memory.buffer;
  }

  /** An ordinary buffer of `bytes`; a `StoreFullError` when the process cannot have it. */
  private plainBuffer(bytes: number): ArrayBuffer {
    try {
      return new ArrayBuffer(bytes);
    } catch (cause) {
      throw new StoreFullError({ message: `${this.store} could not allocate ${bytes} bytes: ${thrownMessage(cause)}`, cause });
    }
  }

  private bytesFor(capacity: number): number {
    return bytesFor(this.stride, capacity);
  }

  private refreshViews(): void {
    this.floats = new Float32Array(this.buffer);
    this.ints = new Int32Array(this.buffer);
  }

  /** Copies the unit query into the query row (its padding stays zero). */
  private writeQuery(query: Float32Array): void {
    this.floats.set(query, RESERVED_BYTES / 4);
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
