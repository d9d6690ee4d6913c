// npm test: the typecheck, both builds and their store zips, web-ext lint on the Firefox zip, the unit tests and the
// end-to-end tests (Chromium, Firefox ESR, the packages). The last line printed is `N passed, N failed` with the totals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

/** A check that is one command: it counts as one test. */
function check(name, command, args) {
  if (step(name, command, args)) passed++;
  else {
    failed++;
    console.log(`✗ ${name} failed`);
  }
}

const node = process.execPath;
check('typecheck (tsc --noEmit)', node, ['node_modules/typescript/bin/tsc', '--noEmit']);
// `wxt zip` builds first: these are the builds the end-to-end tests load, and the packages the stores get.
const firefoxBuilt = step('Firefox build and zips (wxt zip -b firefox)', node, ['node_modules/wxt/bin/wxt.mjs', 'zip', '-b', 'firefox']);
if (firefoxBuilt) passed++;
else failed++;
if (firefoxBuilt) check('web-ext lint (Firefox zip)', node, ['scripts/lint-firefox.mjs']);
const built = step('Chrome build and zip (wxt zip)', node, ['node_modules/wxt/bin/wxt.mjs', 'zip']);
if (built) passed++;
else failed++;

const out = mkdtempSync(join(tmpdir(), 'chu-giai-vitest-'));
const report = join(out, 'report.json');
// Without both builds the end-to-end tests cannot run: run the unit tests alone and count the failure above.
const projects = built && firefoxBuilt ? [] : ['--project', 'unit'];
step('unit and end-to-end tests (vitest)', node, [
  'node_modules/vitest/vitest.mjs',
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + (json.numFailedTestSuites ?? 0);
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
} catch {
  failed++;
  console.log('✗ vitest wrote no report');
}
rmSync(out, { recursive: true, force: true });

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
