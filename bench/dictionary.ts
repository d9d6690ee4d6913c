// The reader's dictionary (pure code, Node): building the lexicon again when it changes, with 0, 1,000 and 10,000
// entries of the reader's, and reading and checking an import file of 10,000 rows.
// Peers, same run: the lexicon of the built-in dictionary alone (what every start-up builds anyway), and a bare
// split of the same CSV text into rows and cells.
import { readFileSync } from 'node:fs';
import { time as timeRuns } from './timing';
import abbreviations from '../src/annotate/data/abbreviations.json';
import { expandGazetteer } from '../src/annotate/gazetteer-build';
import { buildLexicon } from '../src/annotate/lexicon';
import type { AbbreviationFile } from '../src/annotate/types';
import { readDictionaryFile, toDictionaryCsv } from '../src/dictionary/files';
import { planImport } from '../src/dictionary/import';
import type { DictionaryEntry } from '../src/dictionary/model';
import { lexiconWithDictionary } from '../src/dictionary/to-lexicon';
import { random } from './random.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const time = (fn: () => unknown) => timeRuns(fn, RUNS);

const places = expandGazetteer(JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8'))).places;
const builtIn = (abbreviations as AbbreviationFile).entries;

/** Entries a reader might make: upper-case abbreviations (some overriding built-in ones) and a few local place names. */
function entries(n: number): DictionaryEntry[] {
  const rnd = random(2026);
  const letters = 'ABCDĐGHKLMNPQSTVX';
  const out: DictionaryEntry[] = [];
  for (let i = 0; i < n; i++) {
    const place = i % 10 === 9;
    const len = 2 + Math.floor(rnd() * 4);
    let form = '';
    for (let k = 0; k < len; k++) form += letters[Math.floor(rnd() * letters.length)];
    form = place ? `Xóm Bãi ${i}` : i % 50 === 0 ? builtIn[i % builtIn.length]!.forms[0]! : `${form}${i}`;
    out.push({
      id: `e${i}`,
      kind: place ? 'place' : 'abbr',
      form,
      otherForms: [],
      expansion: place ? `tên địa phương số ${i}, "thôn" cũ` : `cụm từ viết tắt số ${i}, có dấu phẩy`,
      english: i % 3 === 0 ? `gloss ${i}` : '',
      note: i % 7 === 0 ? 'ghi chú\nnhiều dòng' : '',
      created: 1_700_000_000_000 + i,
      updated: 1_700_000_000_000 + i,
      origin: 'manual',
    });
  }
  return out;
}

// Warm up both paths first, so neither pays for the JIT on the other's behalf.
for (let i = 0; i < 3; i++) {
  buildLexicon(places, builtIn);
  lexiconWithDictionary(places, builtIn, entries(1_000));
}
const peer = time(() => buildLexicon(places, builtIn));
console.log('\nThe reader\'s dictionary (Node, median of %d)', RUNS);
console.log(`  lexicon, built-in dictionary alone (peer):    ${peer.toFixed(1)} ms`);
for (const n of [0, 1_000, 10_000]) {
  const list = entries(n);
  const ms = time(() => lexiconWithDictionary(places, builtIn, list));
  console.log(`  lexicon with ${String(n).padStart(6)} of the reader's entries: ${ms.toFixed(1)} ms (${(ms / peer).toFixed(2)}× the peer)`);
}

const csv = toDictionaryCsv(entries(10_000));
const split = time(() => csv.split('\n').map((line) => line.split(',')));
const check = time(() => {
  const file = readDictionaryFile('tu-dien.csv', csv);
  if (!file.ok) throw new Error('bench file refused');
  return planImport(file.rows, [], { now: 1_700_000_000_000, origin: 'import', newId: (() => { let k = 0; return () => `n${k++}`; })() });
});
console.log(`  import of 10,000 CSV rows (${(csv.length / 1024).toFixed(0)} KB): read and check ${check.toFixed(1)} ms;`);
console.log(`    a bare split of the same text (peer) ${split.toFixed(1)} ms (${(check / split).toFixed(1)}×)`);
