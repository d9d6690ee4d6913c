// Bundles bench/marking-entry.ts (our matcher and page layer, and mark.js) into one classic script for the page:
// bench/.out/marking.js, an IIFE that sets `window.__cgBench`. Run by bench/marking.mjs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));
export const BENCH_BUNDLE = join(HERE, '.out/marking.js');

export async function buildBench() {
  await build({
    configFile: false,
    root: join(HERE, '..'),
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(HERE, '.out'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry: join(HERE, 'marking-entry.ts'),
        formats: ['iife'],
        name: '__cgBenchModule',
        fileName: () => 'marking.js',
      },
    },
  });
  return BENCH_BUNDLE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await buildBench());
}
