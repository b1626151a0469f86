import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliJson, ensureBuilt, removeTempDirs, tempDir } from './run-built-cli';

// Which offline embedder the command uses: the sentence encoder by default, hashing on request, and
// whatever a data folder was made with. The other test files run with --embedder hashing (via the
// environment) for speed; here the default is left alone.

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

const sentenceEncoder = { CASUAL_MEMORY_EMBEDDER: undefined };
const meta = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')) as { embedder: string };

interface Recalled {
  memories: { text: string; score: number }[];
}

describe('the offline embedder', () => {
  it('is the sentence encoder by default: recorded in the folder, named by stats, and recall finds what a question asks', () => {
    const dataDir = tempDir();
    for (const text of ['I drive a blue Honda Civic', 'I live in Denver', 'My dentist is Dr. Patel']) {
      expect(cliJson(['remember', text], { dataDir, env: sentenceEncoder })).toMatchObject({ exitCode: 0, action: 'added' });
    }
    expect(meta(dataDir).embedder).toBe('use-lite-512');
    const stats = cliJson<{ parts: Record<string, string> }>(['stats'], { dataDir, env: sentenceEncoder });
    expect(stats.parts['models']).toContain('sentence encoder use-lite-512');

    // Shares no word with its answer but "I": the hashing embedder cannot tell the car apart.
    const recalled = cliJson<Recalled>(['recall', 'what car do I drive'], { dataDir, env: sentenceEncoder });
    expect(recalled.memories[0]?.text).toBe('I drive a blue Honda Civic');
  }, 180_000);

  it('stays the one a folder was made with when --embedder is not given, and another is refused with the flag to use', () => {
    const dataDir = tempDir();
    expect(cliJson(['remember', 'I live in London', '--embedder', 'hashing'], { dataDir, env: sentenceEncoder }).exitCode).toBe(0);
    expect(meta(dataDir).embedder).toBe('hashing-384');
    // No flag, no environment: the folder's hashing embedder, not the default.
    const again = cliJson(['remember', 'I live in London'], { dataDir, env: sentenceEncoder });
    expect(again).toMatchObject({ exitCode: 0, action: 'duplicate' });

    const refused = cli(['remember', 'I live in Paris', '--embedder', 'sentence-encoder'], { dataDir, env: sentenceEncoder });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('holds vectors from the embedder hashing-384, not use-lite-512');
    expect(refused.stderr).toContain('(--embedder hashing)');
  }, 120_000);

  it('refuses an unknown embedder, --embedder with a server, and --dimensions that do not match', () => {
    const dataDir = tempDir();
    const unknown = cli(['stats', '--embedder', 'word2vec'], { dataDir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('sentence-encoder, hashing');

    const withServer = cli(['stats', '--embedder', 'hashing', '--openai-base-url', 'http://127.0.0.1:9/v1'], { dataDir });
    expect(withServer.code).toBe(1);
    expect(withServer.stderr).toContain('--embedder picks the offline embedder');

    const dimensions = cli(['stats', '--dimensions', '384'], { dataDir, env: sentenceEncoder });
    expect(dimensions.code).toBe(1);
    expect(dimensions.stderr).toContain('the sentence-encoder embedder makes 512');
  }, 120_000);
});
