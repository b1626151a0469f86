import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';

/** How an export writes each memory's vector: base64 of its float32 values, little-endian (exact, 4 bytes a number). */
export const VECTOR_ENCODING = 'float32le-base64';

/** A stored vector (float32 values) as `VECTOR_ENCODING` writes it. */
export function encodeVector(vector: readonly number[]): string {
  const bytes = new DataView(new ArrayBuffer(vector.length * 4));
  for (const [i, value] of vector.entries()) bytes.setFloat32(i * 4, value, true);
  return Buffer.from(bytes.buffer).toString('base64');
}

/**
 * A memory line's `vector` back as numbers: `dimensions` finite float32 values, not all zero. Anything
 * else is a bad line (exit code 1) saying what is wrong, so nothing of the line is stored.
 */
export function decodeVector(encoded: unknown, dimensions: number): Float32Array {
  const bad = (why: string) =>
    new CliError(
      `"vector" ${why} (expected ${dimensions} float32 values, little-endian, in base64: ${VECTOR_ENCODING})`,
      EXIT_CODES.usage,
      'BAD_LINE',
    );
  // Buffer.from(…, 'base64') skips what is not base64; a strict check first, so a damaged vector is never half read.
  if (typeof encoded !== 'string' || encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) throw bad('is not base64');
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length !== dimensions * 4) throw bad(`holds ${bytes.length} bytes, not ${dimensions * 4}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const vector = new Float32Array(dimensions);
  let nonZero = false;
  for (let i = 0; i < dimensions; i++) {
    const value = view.getFloat32(i * 4, true);
    if (!Number.isFinite(value)) throw bad(`has ${value} at [${i}]`);
    vector[i] = value;
    nonZero ||= value !== 0;
  }
  if (!nonZero) throw bad('is all zeros');
  return vector;
}
