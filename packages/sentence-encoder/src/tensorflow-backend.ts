import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ProviderError } from '@casual-memory/core';
import { MODEL_ID, PROVIDER_NAME } from './model-constants';

/**
 * Where TensorFlow.js runs the model. `wasm`: WebAssembly with SIMD (XNNPACK), the binaries shipped
 * inside `@tensorflow/tfjs-backend-wasm`. `cpu`: plain JavaScript. Measured in BENCHMARKS.md.
 */
export type SentenceEncoderBackend = 'cpu' | 'wasm';

export const BACKENDS: readonly SentenceEncoderBackend[] = ['wasm', 'cpu'];

/** The fastest of the two on the machines measured (BENCHMARKS.md). */
export const DEFAULT_BACKEND: SentenceEncoderBackend = 'wasm';

/** TensorFlow.js's core module, loaded when a model loads. */
export type TensorFlow = typeof import('@tensorflow/tfjs-core');

const requireHere = createRequire(import.meta.url);

/**
 * Loads one of TensorFlow.js's packages with `require`, never `import()`: they are CommonJS bundles
 * of several megabytes, and Node's `import()` of CommonJS first reads each one's whole source to
 * sniff its format and list its exports, which cost 0.2-0.4 s of a model's start here (BENCHMARKS.md).
 */
export function loadTensorFlowPackage<T>(name: string): T {
  return requireHere(name) as T;
}

let wasmConfigured = false;

/**
 * Makes `backend` TensorFlow.js's backend for this process and returns TensorFlow.js. Imported here,
 * not at the top: a program that never embeds (a CLI command listing conflicts) skips its start-up
 * cost. Production mode skips TensorFlow.js's debugging checks and its console advice to install
 * `@tensorflow/tfjs-node`.
 */
export async function activateBackend(backend: SentenceEncoderBackend): Promise<TensorFlow> {
  const tf = loadTensorFlowPackage<TensorFlow>('@tensorflow/tfjs-core');
  // Registering the cpu backend's kernels takes a noticeable part of a second; wasm carries its own.
  if (backend === 'cpu') loadTensorFlowPackage<unknown>('@tensorflow/tfjs-backend-cpu');
  tf.enableProdMode();
  if (backend === 'wasm' && !wasmConfigured) {
    const wasm = loadTensorFlowPackage<typeof import('@tensorflow/tfjs-backend-wasm')>('@tensorflow/tfjs-backend-wasm');
    // The .wasm files sit next to the package's node entry point; read from disk, never fetched.
    const entry = requireHere.resolve('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths(`${dirname(entry)}/`);
    wasmConfigured = true;
  }
  let ready: boolean;
  let cause: unknown;
  try {
    ready = await tf.setBackend(backend);
  } catch (error) {
    ready = false;
    cause = error;
  }
  if (!ready) {
    throw new ProviderError({
      code: 'PROVIDER_UNAVAILABLE',
      provider: PROVIDER_NAME,
      model: MODEL_ID,
      message: `${PROVIDER_NAME}: the TensorFlow.js backend "${backend}" could not start here${backend === 'wasm' ? '; try backend: "cpu"' : ''}`,
      cause,
    });
  }
  return tf;
}
