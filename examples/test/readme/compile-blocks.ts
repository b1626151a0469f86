import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { REPO_DIR } from '../runners/built-packages';
import { describeRun, runNode } from '../runners/run-node';
import { blockFileStem, type ReadmeBlock } from './readme-blocks';

const TSC_TIMEOUT_MS = 180_000;

/**
 * What a user's project would use: strict, ESM under `nodenext` (so top-level await works and the
 * packages resolve through their `exports`, from the project's node_modules). Only Node's types come
 * from this repository's install.
 */
function projectTsconfig(): object {
  return {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023'],
      module: 'nodenext',
      moduleResolution: 'nodenext',
      moduleDetection: 'force',
      strict: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(REPO_DIR, 'node_modules', '@types')],
      rootDir: 'src',
      outDir: 'out',
      sourceMap: true,
      noEmitOnError: false,
    },
    include: ['src'],
  };
}

/** This repository's TypeScript. */
function typescriptDir(): string {
  return dirname(require.resolve('typescript/package.json', { paths: [REPO_DIR] }));
}

interface Diagnostic {
  file?: string;
  line?: number;
  column?: number;
  code: number;
  message: string;
}

export interface CompileResult {
  /** Compiler errors per block stem, each pointing at its README line. */
  errorsByStem: Map<string, string[]>;
  /** Errors that belong to no block (the configuration, say): every block fails with them. */
  otherErrors: string[];
}

/** Writes the blocks (not fragments) to `src/<stem>.ts`, then typechecks and emits them all as one program. */
export async function compileBlocks(projectDir: string, blocks: readonly ReadmeBlock[]): Promise<CompileResult> {
  mkdirSync(join(projectDir, 'src'), { recursive: true });
  writeFileSync(join(projectDir, 'tsconfig.json'), `${JSON.stringify(projectTsconfig(), null, 2)}\n`);
  const byStem = new Map<string, ReadmeBlock>();
  for (const block of blocks) {
    if (block.mode === 'fragment') continue;
    writeFileSync(join(projectDir, 'src', `${blockFileStem(block)}.ts`), block.code);
    byStem.set(blockFileStem(block), block);
  }
  const run = await runNode([join(__dirname, 'typecheck-and-emit.mjs'), typescriptDir()], projectDir, TSC_TIMEOUT_MS);
  if (run.code !== 0) throw new Error(`typechecking the README blocks did not finish: ${describeRun(run)}`);
  const diagnostics = JSON.parse(run.output.trim().split('\n').at(-1)!) as Diagnostic[];

  const errorsByStem = new Map<string, string[]>();
  const otherErrors: string[] = [];
  for (const { file, line, column, code, message } of diagnostics) {
    const block = file === undefined || !file.endsWith('.ts') ? undefined : byStem.get(basename(file, '.ts'));
    if (block === undefined || line === undefined) {
      otherErrors.push(`${file ?? 'tsconfig'}${line === undefined ? '' : `:${line}:${column}`} TS${code}: ${message}`);
      continue;
    }
    const stem = blockFileStem(block);
    errorsByStem.set(stem, [
      ...(errorsByStem.get(stem) ?? []),
      `${block.readme}:${block.line + line}:${column} (block line ${line}) TS${code}: ${message}`,
    ]);
  }
  return { errorsByStem, otherErrors };
}
