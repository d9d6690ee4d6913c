// Medians of repeated runs, for the Node benchmarks.
import { performance } from 'node:perf_hooks';

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
}

/** Median time of `fn` over `runs` runs, in ms. */
export function time(fn: () => unknown, runs = RUNS): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}
