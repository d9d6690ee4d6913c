#!/usr/bin/env node
/**
 * Adds or replaces UI messages in both catalogues (public/_locales/{vi,en}/messages.json), keeping the key order.
 * Usage: node scripts/i18n-add.mjs '{"popup_title": {"vi": "…", "en": "…", "description": "…"}}'
 *    or: node scripts/i18n-add.mjs path/to/keys.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = process.argv[2];
if (!arg) throw new Error('usage: i18n-add.mjs <json or file>');
const input = JSON.parse(existsSync(arg) ? readFileSync(arg, 'utf8') : arg);
for (const lang of ['vi', 'en']) {
  const file = join(root, 'public/_locales', lang, 'messages.json');
  const catalogue = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, value] of Object.entries(input)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`bad key ${key}: letters, digits and _ only`);
    if (typeof value[lang] !== 'string') throw new Error(`${key}: missing ${lang}`);
    catalogue[key] = { message: value[lang], ...(value.description ? { description: value.description } : {}) };
  }
  writeFileSync(file, `${JSON.stringify(catalogue, null, 2)}\n`);
}
console.log(`added ${Object.keys(input).length} messages`);
