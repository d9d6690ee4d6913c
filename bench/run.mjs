// npm run bench: every benchmark, one after the other, in the real Chromium (and Node for pure code).
import { execFileSync } from 'node:child_process';

const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });

execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
await import('./page-blocking.mjs');
await import('./marking.mjs');
await import('./highlight-save.mjs');
// Re-anchoring 1,000 highlights on a 1 MB article, and exporting and importing 10,000: pure code, in Node.
run(['node_modules/tsx/dist/cli.mjs', 'bench/anchoring.ts']);
run(['node_modules/tsx/dist/cli.mjs', 'bench/library.ts']);
// The reader's dictionary: the lexicon built again with its entries, and an import of 10,000 rows checked.
run(['node_modules/tsx/dist/cli.mjs', 'bench/dictionary.ts']);
// The library's first screen with those 10,000 highlights, in Chromium.
await import('./library-screen.mjs');
