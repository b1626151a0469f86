const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * One embedding as the server sent it, a base64 string of little-endian float32 values or an array
 * of numbers, as a new `Float32Array`; or a sentence saying what is wrong with it.
 */
export function decodeEmbedding(value: unknown): Float32Array | string {
  let vector: Float32Array;
  if (typeof value === 'string') {
    if (!BASE64.test(value)) return 'is neither base64 nor an array of numbers';
    const bytes = Buffer.from(value, 'base64');
    if (bytes.byteLength % 4 !== 0) return `is ${bytes.byteLength} bytes of base64, not whole float32 values`;
    // DataView reads little-endian whatever the machine's byte order.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    vector = new Float32Array(bytes.byteLength / 4);
    for (let i = 0; i < vector.length; i++) vector[i] = view.getFloat32(i * 4, true);
  } else if (Array.isArray(value)) {
    vector = new Float32Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      if (typeof element !== 'number') return `has a non-number at [${i}]`;
      vector[i] = element;
    }
  } else {
    return 'is missing';
  }
  for (let i = 0; i < vector.length; i++) {
    if (!Number.isFinite(vector[i])) return `has a non-finite value at [${i}]`;
  }
  return vector;
}
