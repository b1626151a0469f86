import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the README test does with a TypeScript fence, from its info string (the convention is in the
 * root README's "Working on it"): ```ts is typechecked and run, ```ts compile-only is typechecked
 * only, ```ts fragment (a signature listing) is neither.
 */
export type BlockMode = 'run' | 'compile-only' | 'fragment';

const MODES: Record<string, BlockMode> = { ts: 'run', 'ts compile-only': 'compile-only', 'ts fragment': 'fragment' };
/** Info strings that look like TypeScript but are not one of the three above: a typo would skip a block silently. */
const TYPESCRIPT_LIKE = /^(ts|typescript|tsx|mts|cts)\b/i;

export interface ReadmeBlock {
  /** The README's path from the repository root, with `/`. */
  readme: string;
  /** 1-based, counting the README's TypeScript fences only. */
  index: number;
  /** 1-based line of the opening fence: line n of the code is README line `line + n`. */
  line: number;
  mode: BlockMode;
  code: string;
}

export interface FenceProblem {
  readme: string;
  line: number;
  info: string;
}

/** README.md at the root and every packages/<name>/README.md, as paths from the repository root. */
export function readmePaths(repoDir: string): string[] {
  const packageReadmes = readdirSync(join(repoDir, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(repoDir, 'packages', entry.name, 'README.md')))
    .map((entry) => `packages/${entry.name}/README.md`)
    .sort();
  return ['README.md', ...packageReadmes];
}

/** The TypeScript fences of one markdown file, and the fences whose info string the convention does not know. */
export function extractTypeScriptBlocks(readme: string, markdown: string): { blocks: ReadmeBlock[]; problems: FenceProblem[] } {
  const blocks: ReadmeBlock[] = [];
  const problems: FenceProblem[] = [];
  const lines = markdown.split(/\r?\n/);
  let open: { fence: string; indent: number; info: string; line: number; body: string[] } | undefined;
  for (const [offset, text] of lines.entries()) {
    const fence = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(text);
    if (open === undefined) {
      if (fence !== null) open = { indent: fence[1]!.length, fence: fence[2]!, info: fence[3]!.trim(), line: offset + 1, body: [] };
      continue;
    }
    const closes = fence !== null && fence[2]![0] === open.fence[0] && fence[2]!.length >= open.fence.length && fence[3]!.trim() === '';
    if (!closes) {
      // Content lines lose at most the opening fence's indentation (fences inside list items).
      open.body.push(text.replace(new RegExp(`^ {0,${open.indent}}`), ''));
      continue;
    }
    const mode = MODES[open.info.replace(/\s+/g, ' ')];
    if (mode !== undefined) {
      blocks.push({ readme, index: blocks.length + 1, line: open.line, mode, code: `${open.body.join('\n')}\n` });
    } else if (TYPESCRIPT_LIKE.test(open.info)) {
      problems.push({ readme, line: open.line, info: open.info });
    }
    open = undefined;
  }
  if (open !== undefined) problems.push({ readme, line: open.line, info: `${open.info} (never closed)` });
  return { blocks, problems };
}

/** Every README's TypeScript blocks, in README order. */
export function collectReadmeBlocks(repoDir: string): { blocks: ReadmeBlock[]; problems: FenceProblem[] } {
  const blocks: ReadmeBlock[] = [];
  const problems: FenceProblem[] = [];
  for (const readme of readmePaths(repoDir)) {
    const found = extractTypeScriptBlocks(readme, readFileSync(join(repoDir, readme), 'utf8'));
    blocks.push(...found.blocks);
    problems.push(...found.problems);
  }
  return { blocks, problems };
}

/** How failures name a block: README, TypeScript block number and the line of its fence. */
export function blockLabel(block: Pick<ReadmeBlock, 'readme' | 'index' | 'line'>): string {
  return `${block.readme} ts block ${block.index} (line ${block.line})`;
}

/** The block's file name in the scratch project: unique, and readable in compiler output. */
export function blockFileStem(block: Pick<ReadmeBlock, 'readme' | 'index'>): string {
  const readme = block.readme
    .replace(/\/?README\.md$/, '')
    .replace(/^packages\//, '')
    .replace(/\//g, '-');
  return `${readme === '' ? 'root' : readme}-block-${block.index}`;
}
