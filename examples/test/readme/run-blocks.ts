import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type ChildRun, runNode } from '../runners/run-node';
import { blockFileStem, type ReadmeBlock } from './readme-blocks';

export const BLOCK_TIMEOUT_MS = 30_000;

/**
 * Runs each compiled block (`out/<stem>.js`) with node in the project, a few at a time; stack traces
 * point into `src/<stem>.ts` through the source maps. Returns each block's run by stem.
 */
export async function runBlocks(projectDir: string, blocks: readonly ReadmeBlock[]): Promise<Map<string, ChildRun>> {
  const pending = blocks.filter((block) => block.mode === 'run');
  const runs = new Map<string, ChildRun>();
  const workers = Math.max(1, Math.min(8, availableParallelism()));
  const next = async (): Promise<void> => {
    for (let block = pending.shift(); block !== undefined; block = pending.shift()) {
      const stem = blockFileStem(block);
      runs.set(stem, await runNode(['--enable-source-maps', join('out', `${stem}.js`)], projectDir, BLOCK_TIMEOUT_MS));
    }
  };
  await Promise.all(Array.from({ length: workers }, next));
  return runs;
}
