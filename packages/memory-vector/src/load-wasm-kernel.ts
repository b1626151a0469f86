import { KERNEL_WASM_BASE64 } from './generated/kernel-wasm';

/** The exports of asm/kernel.ts. Pointers are byte offsets into the imported memory. */
export interface WasmKernelExports {
  scoreRange(vectors: number, stride: number, start: number, count: number, query: number, out: number): void;
  scoreRows(vectors: number, stride: number, rows: number, count: number, query: number, out: number): void;
  sumFloats(pointer: number, count: number): number;
}

let compiled: WebAssembly.Module | null | undefined;

/**
 * The compiled SIMD kernel, or null where WebAssembly or its SIMD proposal is missing. Compiled
 * once per process, synchronously (the module is under 1 KiB), so stores keep a sync constructor.
 */
export function wasmKernelModule(): WebAssembly.Module | null {
  if (typeof WebAssembly !== 'object') return null;
  if (compiled !== undefined) return compiled;
  compiled = null;
  if (typeof WebAssembly.Module === 'function') {
    const bytes = Uint8Array.from(atob(KERNEL_WASM_BASE64), (char) => char.charCodeAt(0));
    try {
      if (WebAssembly.validate(bytes)) compiled = new WebAssembly.Module(bytes);
    } catch {
      // Compiling can fail for want of executable memory; the kernel then counts as missing.
    }
  }
  return compiled;
}

/** Instantiates the kernel over `memory` (the store's own linear memory); the instance holds `memory`, so drop both together. */
export function instantiateWasmKernel(module: WebAssembly.Module, memory: WebAssembly.Memory): WasmKernelExports {
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  return instance.exports as unknown as WasmKernelExports;
}
