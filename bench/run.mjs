// npm run bench: every benchmark, one after the other, in the real Chromium.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
await import('./page-blocking.mjs');
await import('./marking.mjs');
