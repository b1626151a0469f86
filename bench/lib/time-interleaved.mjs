/**
 * Times several cases in interleaved rounds (a, b, c, a, b, c, ...) after `warmup` untimed calls each,
 * so a passing slowdown of the machine hits every case alike. Each case's `fn` gets the call's index.
 * Returns `{ label, median, p95 }` per case, in milliseconds, and prints them.
 */
export async function timeInterleaved(cases, { warmup, runs, digits = 2 }) {
  for (const { fn } of cases) for (let i = 0; i < warmup; i++) await fn(i);
  const samples = cases.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const [index, { fn }] of cases.entries()) {
      const start = process.hrtime.bigint();
      await fn(round);
      samples[index].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const width = Math.max(...cases.map(({ label }) => label.length));
  return cases.map(({ label }, index) => {
    const sorted = samples[index].sort((a, b) => a - b);
    const result = { label, median: sorted[Math.floor(runs / 2)], p95: sorted[Math.floor(runs * 0.95)] };
    console.log(`  ${label.padEnd(width)} median ${result.median.toFixed(digits)} ms  p95 ${result.p95.toFixed(digits)} ms`);
    return result;
  });
}
