import { resolve } from 'node:path';
import { ValidationError } from '@casual-memory/core';
import { loadSentenceEncoderModel, type SentenceEncoderModel } from './sentence-encoder-model';
import type { SentenceEncoderBackend } from './tensorflow-backend';

interface Entry {
  backend: SentenceEncoderBackend;
  model: Promise<SentenceEncoderModel>;
  users: number;
}

/**
 * The models loaded in this process, by weights folder: every provider on the same weights shares
 * one copy (28 MB of tensors, loaded once), freed when the last of them closes. A failed load is
 * forgotten, so the next call tries again.
 */
const loaded = new Map<string, Entry>();

/** The model in `dir` on `backend`, loaded now or shared; pair every call with `releaseModel`. */
export function acquireModel(dir: string, backend: SentenceEncoderBackend): Promise<SentenceEncoderModel> {
  const key = resolve(dir);
  const running = [...loaded.values()].find((entry) => entry.backend !== backend);
  if (running !== undefined) {
    // TensorFlow.js has one backend per process; switching it under a loaded model would move its weights.
    throw new ValidationError({
      path: 'backend',
      message: `Invalid backend: this process already runs the sentence encoder on "${running.backend}", not "${backend}"; close those providers first or use "${running.backend}"`,
    });
  }
  let entry = loaded.get(key);
  if (entry === undefined) {
    const model = loadSentenceEncoderModel(key, backend);
    const created: Entry = { backend, model, users: 0 };
    entry = created;
    loaded.set(key, created);
    model.catch(() => {
      if (loaded.get(key) === created) loaded.delete(key);
    });
  }
  entry.users++;
  return entry.model;
}

/** One user of the model in `dir` is done; the last one frees its tensors. */
export async function releaseModel(dir: string): Promise<void> {
  const key = resolve(dir);
  const entry = loaded.get(key);
  if (entry === undefined) return;
  entry.users--;
  if (entry.users > 0) return;
  loaded.delete(key);
  const model = await entry.model.catch(() => undefined);
  await model?.dispose();
}
