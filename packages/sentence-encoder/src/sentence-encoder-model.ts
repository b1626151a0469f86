import { ProviderError, StoreClosedError } from '@casual-memory/core';
import { normalizeVector } from '@casual-memory/core/backend';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { Tensor } from '@tensorflow/tfjs-core';
import { DIMENSIONS, MAX_PIECES, MODEL_ID, PROVIDER_NAME } from './model-constants';
import { SentencePieceTokenizer, type TokenizedText } from './sentence-piece-tokenizer';
import { activateBackend, loadTensorFlowPackage, type SentenceEncoderBackend, type TensorFlow } from './tensorflow-backend';
import { corrupt, readWeights, WEIGHTS_PACKAGE } from './weights-files';

/**
 * Universal Sentence Encoder lite, loaded: the graph's weights as tensors on the backend, and the
 * tokenizer. The graph reads a batch as a sparse matrix of piece ids (row = sentence, column =
 * position). Runs go one at a time: TensorFlow.js's engine is one per process, and a second run
 * started while the first awaits would only wait for the same thread anyway.
 */
export class SentenceEncoderModel {
  readonly backend: SentenceEncoderBackend;
  readonly #tf: TensorFlow;
  readonly #graph: GraphModel;
  readonly #tokenizer: SentencePieceTokenizer;
  #queue: Promise<unknown> = Promise.resolve();
  #disposed = false;

  constructor(tf: TensorFlow, graph: GraphModel, tokenizer: SentencePieceTokenizer, backend: SentenceEncoderBackend) {
    this.#tf = tf;
    this.#graph = graph;
    this.#tokenizer = tokenizer;
    this.backend = backend;
  }

  /**
   * `text` split into vocabulary ids, at most `MAX_PIECES` of them (attention costs grow with the square of the
   * length, and a memory is a sentence or two), with the characters the vocabulary lacks.
   */
  tokenize(text: string): TokenizedText {
    const split = this.#tokenizer.split(text);
    return split.ids.length > MAX_PIECES ? { ...split, ids: split.ids.slice(0, MAX_PIECES) } : split;
  }

  /** Unit-length vectors of tokenized texts (each with at least one piece), in order, from one run of the graph. */
  embed(batch: readonly (readonly number[])[]): Promise<Float32Array[]> {
    const run = this.#queue.then(() => this.#run(batch));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Frees the weights' tensors once the runs already asked for are done; later runs are a `StoreClosedError`. */
  dispose(): Promise<void> {
    const disposed = this.#queue.then(() => {
      if (this.#disposed) return;
      this.#disposed = true;
      this.#graph.dispose();
    });
    this.#queue = disposed;
    return disposed;
  }

  async #run(batch: readonly (readonly number[])[]): Promise<Float32Array[]> {
    if (this.#disposed) throw new StoreClosedError({ store: PROVIDER_NAME });
    const positions: number[] = [];
    const ids: number[] = [];
    batch.forEach((pieces, row) => {
      for (let column = 0; column < pieces.length; column++) positions.push(row, column);
      for (const id of pieces) ids.push(id);
    });
    const indices = this.#tf.tensor2d(positions, [ids.length, 2], 'int32');
    const values = this.#tf.tensor1d(ids, 'int32');
    let output: Tensor | undefined;
    let flat: Float32Array;
    try {
      output = (await this.#graph.executeAsync({ indices, values })) as Tensor;
      flat = (await output.data()) as Float32Array;
    } catch (cause) {
      throw damaged(`TensorFlow.js could not run the model (${describe(cause)})`, cause);
    } finally {
      indices.dispose();
      values.dispose();
      output?.dispose();
    }
    if (flat.length !== batch.length * DIMENSIONS) throw damaged(`the model returned ${flat.length} values for ${batch.length} texts`);
    const vectors: Float32Array[] = [];
    for (let row = 0; row < batch.length; row++) {
      const raw = flat.subarray(row * DIMENSIONS, (row + 1) * DIMENSIONS);
      const vector = raw.every(Number.isFinite) ? normalizeVector(raw, new Float32Array(DIMENSIONS)) : null;
      // Only damaged weights make a zero or non-finite sentence vector.
      if (vector === null) throw damaged(`the model returned a zero or non-finite vector for text ${row} of the batch`);
      vectors.push(vector);
    }
    return vectors;
  }
}

/**
 * Reads the weights in `dir`, starts `backend`, builds the graph on it and runs it once on a word:
 * weights that load but cannot run (or run to NaN) fail here, and the first real call is not the one
 * that pays for the backend's first-run setup.
 */
export async function loadSentenceEncoderModel(dir: string, backend: SentenceEncoderBackend): Promise<SentenceEncoderModel> {
  const [weights, tf] = await Promise.all([readWeights(dir), activateBackend(backend)]);
  const { loadGraphModel } = loadTensorFlowPackage<typeof import('@tensorflow/tfjs-converter')>('@tensorflow/tfjs-converter');
  let graph: GraphModel;
  try {
    graph = await loadGraphModel({ load: async () => weights.artifacts });
  } catch (cause) {
    throw corrupt(dir, `TensorFlow.js cannot build the graph (${describe(cause)})`, cause);
  }
  const model = new SentenceEncoderModel(tf, graph, new SentencePieceTokenizer(weights.vocabulary), backend);
  try {
    await model.embed([model.tokenize('hello').ids]);
  } catch (error) {
    await model.dispose();
    throw error;
  }
  return model;
}

/** A run that failed or made nonsense: with weights that loaded, only damaged ones do that. */
function damaged(reason: string, cause?: unknown): ProviderError {
  return new ProviderError({
    code: 'PROVIDER_BAD_RESPONSE',
    provider: PROVIDER_NAME,
    model: MODEL_ID,
    message: `${PROVIDER_NAME}: ${reason}; the weights of ${WEIGHTS_PACKAGE} may be damaged (reinstall it)`,
    cause,
  });
}

function describe(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
