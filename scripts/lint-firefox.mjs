// `web-ext lint` on the Firefox package, as addons.mozilla.org checks an upload. Exits 1 on any error; warnings and
// notices are printed and allowed. Usage: node scripts/lint-firefox.mjs [path/to/firefox.zip]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const zip = process.argv[2] ?? join(root, '.output', `chu-giai-${version}-firefox.zip`);
if (!existsSync(zip)) {
  console.error(`No Firefox package at ${zip}: run \`npm run zip\` first.`);
  process.exit(1);
}

// Called as a library rather than through the CLI, which also asks the registry whether web-ext has an update.
const result = await webExt.cmd.lint(
  { sourceDir: zip, artifactsDir: join(root, '.output'), ignoreFiles: [], output: 'none', boring: true, selfHosted: false },
  { shouldExitProgram: false },
);

for (const kind of /** @type {const} */ (['errors', 'warnings', 'notices'])) {
  for (const m of result[kind]) {
    const where = m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '';
    console.log(`${kind.slice(0, -1)} ${m.code}: ${m.message}${where}`);
  }
}
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint ${zip.slice(root.length + 1)}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 ? 0 : 1);
