/**
 * The plain-JS twin of the WebAssembly kernel, for runtimes without WebAssembly SIMD. Same memory
 * layout, indices in floats rather than bytes. Unrolled by four with separate sums, which lets V8
 * overlap the multiplies.
 */
export function jsDot(floats: Float32Array, a: number, b: number, stride: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < stride; i += 4) {
    s0 += floats[a + i]! * floats[b + i]!;
    s1 += floats[a + i + 1]! * floats[b + i + 1]!;
    s2 += floats[a + i + 2]! * floats[b + i + 2]!;
    s3 += floats[a + i + 3]! * floats[b + i + 3]!;
  }
  return s0 + s1 + s2 + s3;
}

/** out[r] = dot(query, row start + r); all arguments are float indices into `floats`. */
export function jsScoreRange(floats: Float32Array, vectors: number, stride: number, start: number, count: number, query: number, out: number): void {
  let row = vectors + start * stride;
  for (let r = 0; r < count; r++) {
    floats[out + r] = jsDot(floats, row, query, stride);
    row += stride;
  }
}

/** out[i] = dot(query, row rows[i]); `rows` holds row numbers. */
export function jsScoreRows(floats: Float32Array, vectors: number, stride: number, rows: Int32Array, count: number, query: number, out: number): void {
  for (let i = 0; i < count; i++) {
    floats[out + i] = jsDot(floats, vectors + rows[i]! * stride, query, stride);
  }
}
