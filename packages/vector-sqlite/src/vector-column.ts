import { CorruptDataError } from '@casual-memory/core';

/**
 * Reads sqlite-vec's `embedding` column back: a BLOB of little-endian float32s (as `insertMemories`
 * binds it), copied into a new Float32Array (a Buffer's offset need not be 4-byte aligned). A
 * missing or odd-sized value is damaged data, named by the memory's id.
 */
export function vectorFromColumn(blob: unknown, id: string): Float32Array {
  if (!(blob instanceof Uint8Array) || blob.byteLength % 4 !== 0) {
    throw new CorruptDataError({
      record: `memory ${JSON.stringify(id)}`,
      issues: [{ path: 'embedding', message: 'the vector row is missing or is not a BLOB of float32 values' }],
    });
  }
  const vector = new Float32Array(blob.byteLength / 4);
  new Uint8Array(vector.buffer).set(blob);
  return vector;
}
