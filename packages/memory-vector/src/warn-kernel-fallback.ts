let warned = false;

/**
 * Says once per process that `kernel: 'auto'` fell back to plain JS because WebAssembly memory could
 * not be reserved (V8 reserves about 10 GiB of address space per memory, which a `ulimit -v` can
 * forbid). Searches still work, several times slower, so this is a warning and not an error.
 */
export function warnKernelFallback(cause: unknown): void {
  if (warned) return;
  warned = true;
  const reason = cause instanceof Error ? cause.message : 'unknown reason';
  const message = `InMemoryVectorStore could not reserve WebAssembly memory (${reason}); kernel "auto" uses the plain-JS kernel on an ordinary ArrayBuffer instead. Pass kernel: "js" to choose it without this warning, or raise the virtual-memory limit.`;
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(message, { type: 'CasualMemoryWarning', code: 'CASUAL_MEMORY_WASM_MEMORY_UNAVAILABLE' });
  } else if (typeof console === 'object') {
    console.warn(message);
  }
}
