// WebAssembly SIMD kernels for InMemoryVectorStore, compiled by AssemblyScript at build time.
// Everything works on raw pointers into the store's own (imported) linear memory: nothing is
// allocated and nothing is copied per row. Rows are `stride` floats long, stride a multiple of 4.

// Dot product of two rows with four independent f32x4 accumulators (16 floats per step), so the
// adds do not wait on each other.
@inline
function dot(a: usize, b: usize, strideBytes: usize): f32 {
  let s0 = f32x4.splat(0);
  let s1 = f32x4.splat(0);
  let s2 = f32x4.splat(0);
  let s3 = f32x4.splat(0);
  let i: usize = 0;
  for (; i + 64 <= strideBytes; i += 64) {
    s0 = f32x4.add(s0, f32x4.mul(v128.load(a + i), v128.load(b + i)));
    s1 = f32x4.add(s1, f32x4.mul(v128.load(a + i, 16), v128.load(b + i, 16)));
    s2 = f32x4.add(s2, f32x4.mul(v128.load(a + i, 32), v128.load(b + i, 32)));
    s3 = f32x4.add(s3, f32x4.mul(v128.load(a + i, 48), v128.load(b + i, 48)));
  }
  for (; i < strideBytes; i += 16) {
    s0 = f32x4.add(s0, f32x4.mul(v128.load(a + i), v128.load(b + i)));
  }
  const s = f32x4.add(f32x4.add(s0, s1), f32x4.add(s2, s3));
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) + f32x4.extract_lane(s, 2) + f32x4.extract_lane(s, 3);
}

/** out[r] = dot(query, row start + r) for r in [0, count). */
export function scoreRange(vectors: usize, stride: i32, start: i32, count: i32, query: usize, out: usize): void {
  const strideBytes = <usize>stride << 2;
  let row = vectors + <usize>start * strideBytes;
  for (let r = 0; r < count; r++) {
    store<f32>(out + (<usize>r << 2), dot(row, query, strideBytes));
    row += strideBytes;
  }
}

/** out[i] = dot(query, row rows[i]) for i in [0, count): one user's rows, via the per-user index. */
export function scoreRows(vectors: usize, stride: i32, rows: usize, count: i32, query: usize, out: usize): void {
  const strideBytes = <usize>stride << 2;
  for (let i = 0; i < count; i++) {
    const row = vectors + <usize>load<i32>(rows + (<usize>i << 2)) * strideBytes;
    store<f32>(out + (<usize>i << 2), dot(row, query, strideBytes));
  }
}

/** Sum of `count` floats (count a multiple of 16): only reads memory; the benchmark's bandwidth floor. */
export function sumFloats(ptr: usize, count: i32): f32 {
  let s0 = f32x4.splat(0);
  let s1 = f32x4.splat(0);
  let s2 = f32x4.splat(0);
  let s3 = f32x4.splat(0);
  const end = ptr + (<usize>count << 2);
  for (let p = ptr; p < end; p += 64) {
    s0 = f32x4.add(s0, v128.load(p));
    s1 = f32x4.add(s1, v128.load(p, 16));
    s2 = f32x4.add(s2, v128.load(p, 32));
    s3 = f32x4.add(s3, v128.load(p, 48));
  }
  const s = f32x4.add(f32x4.add(s0, s1), f32x4.add(s2, s3));
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) + f32x4.extract_lane(s, 2) + f32x4.extract_lane(s, 3);
}
