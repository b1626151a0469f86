const f32 = Math.fround;

/**
 * The plain-JS twin of the WebAssembly kernel (asm/kernel.ts), for runtimes without WebAssembly
 * SIMD or WebAssembly memory. It repeats the kernel's float32 arithmetic step for step, so both
 * kernels return bit-identical scores and a threshold means the same in either: four f32x4
 * accumulators (s0..s3, here 16 scalars sAL = accumulator A, lane L) over 16-float blocks, the
 * 4-float tail into s0, then (s0 + s1) + (s2 + s3) lane-wise, then lane0 + lane1 + lane2 + lane3.
 * Every product and sum is rounded to float32 with Math.fround (a float32 product is exact in a
 * double, and a double sum of two float32 values rounds to the same float32 as a float32 add).
 * Indices are in floats; `stride` is a multiple of 4.
 */
export function jsDot(floats: Float32Array, a: number, b: number, stride: number): number {
  // biome-ignore format: one line per f32x4 accumulator, lanes 0..3
  let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
  // biome-ignore format: as above
  let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
  // biome-ignore format: as above
  let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
  // biome-ignore format: as above
  let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
  let i = 0;
  for (; i + 16 <= stride; i += 16) {
    const x = a + i;
    const y = b + i;
    s00 = f32(s00 + f32(floats[x]! * floats[y]!));
    s01 = f32(s01 + f32(floats[x + 1]! * floats[y + 1]!));
    s02 = f32(s02 + f32(floats[x + 2]! * floats[y + 2]!));
    s03 = f32(s03 + f32(floats[x + 3]! * floats[y + 3]!));
    s10 = f32(s10 + f32(floats[x + 4]! * floats[y + 4]!));
    s11 = f32(s11 + f32(floats[x + 5]! * floats[y + 5]!));
    s12 = f32(s12 + f32(floats[x + 6]! * floats[y + 6]!));
    s13 = f32(s13 + f32(floats[x + 7]! * floats[y + 7]!));
    s20 = f32(s20 + f32(floats[x + 8]! * floats[y + 8]!));
    s21 = f32(s21 + f32(floats[x + 9]! * floats[y + 9]!));
    s22 = f32(s22 + f32(floats[x + 10]! * floats[y + 10]!));
    s23 = f32(s23 + f32(floats[x + 11]! * floats[y + 11]!));
    s30 = f32(s30 + f32(floats[x + 12]! * floats[y + 12]!));
    s31 = f32(s31 + f32(floats[x + 13]! * floats[y + 13]!));
    s32 = f32(s32 + f32(floats[x + 14]! * floats[y + 14]!));
    s33 = f32(s33 + f32(floats[x + 15]! * floats[y + 15]!));
  }
  for (; i < stride; i += 4) {
    const x = a + i;
    const y = b + i;
    s00 = f32(s00 + f32(floats[x]! * floats[y]!));
    s01 = f32(s01 + f32(floats[x + 1]! * floats[y + 1]!));
    s02 = f32(s02 + f32(floats[x + 2]! * floats[y + 2]!));
    s03 = f32(s03 + f32(floats[x + 3]! * floats[y + 3]!));
  }
  const lane0 = f32(f32(s00 + s10) + f32(s20 + s30));
  const lane1 = f32(f32(s01 + s11) + f32(s21 + s31));
  const lane2 = f32(f32(s02 + s12) + f32(s22 + s32));
  const lane3 = f32(f32(s03 + s13) + f32(s23 + s33));
  return f32(f32(f32(lane0 + lane1) + lane2) + lane3);
}

/** out[r] = dot(query, row start + r); all arguments are float indices into `floats`. */
export function jsScoreRange(
  floats: Float32Array,
  vectors: number,
  stride: number,
  start: number,
  count: number,
  query: number,
  out: number,
): void {
  let row = vectors + start * stride;
  for (let r = 0; r < count; r++) {
    floats[out + r] = jsDot(floats, row, query, stride);
    row += stride;
  }
}

/** out[i] = dot(query, row rows[i]); `rows` holds row numbers. */
export function jsScoreRows(
  floats: Float32Array,
  vectors: number,
  stride: number,
  rows: Int32Array,
  count: number,
  query: number,
  out: number,
): void {
  for (let i = 0; i < count; i++) {
    floats[out + i] = jsDot(floats, vectors + rows[i]! * stride, query, stride);
  }
}
