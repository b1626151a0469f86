// `pnpm bench`: runs every bench/*.bench.mjs (each exports `run()` returning markdown) and writes
// BENCHMARKS.md with the command, the machine and the figures. Needs the packages built first
// (`pnpm bench` builds them). `pnpm bench redis` runs only the benches whose file name contains
// "redis" and replaces just their sections, keeping the others' figures from their own runs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'BENCHMARKS.md');
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
if (files.length === 0) throw new Error(`no bench matches ${filters.join(', ')}`);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory; Node ${process.version} (${process.platform}/${process.arch}), V8 ${process.versions.v8}; ${new Date().toISOString().slice(0, 10)}`;

// Sections are delimited by markers named after their file, so one bench can be re-run alone.
const marker = (file) => [`<!-- bench:${file} -->`, `<!-- /bench:${file} -->`];
const existing = existsSync(target) ? readFileSync(target, 'utf8') : '';
const sectionOf = (file) => {
  const [start, end] = marker(file);
  const from = existing.indexOf(start);
  const to = existing.indexOf(end);
  return from === -1 || to === -1 ? undefined : existing.slice(from, to + end.length);
};

const fresh = new Map();
for (const file of files) {
  console.log(`\n==> ${file}`);
  const bench = await import(pathToFileURL(join(here, file)).href);
  const [start, end] = marker(file);
  fresh.set(file, `${start}\n_Run on ${machine}._\n\n${(await bench.run()).trim()}\n${end}`);
}

const all = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .sort();
const sections = all.map((file) => fresh.get(file) ?? sectionOf(file)).filter((section) => section !== undefined);
const header = `# Benchmarks

Produced by \`pnpm bench\` (which builds the packages, then runs \`node bench/run.mjs\`); \`pnpm bench NAME\`
re-runs only the benches whose file name contains NAME. Every figure is measured in the same run as its
baseline, and ratios are taken within that run; each section says the machine it ran on.
`;
writeFileSync(target, `${header}\n${sections.join('\n\n')}\n`);
console.log(`\nwrote BENCHMARKS.md (${[...fresh.keys()].join(', ')})`);
