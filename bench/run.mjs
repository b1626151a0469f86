// `pnpm bench`: runs every bench/*.bench.mjs (each exports `run()` returning markdown) and writes
// BENCHMARKS.md with the command, the machine and the figures. Needs the packages built first
// (`pnpm bench` builds them).
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sections = [];
for (const file of readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .sort()) {
  console.log(`\n==> ${file}`);
  const bench = await import(pathToFileURL(join(here, file)).href);
  sections.push(await bench.run());
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = `# Benchmarks

Produced by \`pnpm bench\` (which builds the packages, then runs \`node bench/run.mjs\`). Every figure is
measured in the same run as its baseline, and ratios are taken within that run.

- Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory
- Node ${process.version} (${process.platform}/${process.arch}), V8 ${process.versions.v8}
- Date: ${new Date().toISOString().slice(0, 10)}
`;
const markdown = `${header}\n${sections.join('\n')}`;
writeFileSync(join(here, '..', 'BENCHMARKS.md'), markdown);
console.log(`\nwrote BENCHMARKS.md`);
