import { describe, expect, it } from 'vitest';
import { detectFormat, readChosenFile, readDictionaryFile, toDictionaryCsv, toDictionaryJson } from '../../../src/dictionary/files';
import { planImport } from '../../../src/dictionary/import';
import type { DictionaryEntry } from '../../../src/dictionary/model';

const defaults = { now: 1_750_000_000_000, newId: () => 'fresh', origin: 'import' as const };

/** Entries with what breaks files: Vietnamese, commas, semicolons, quotes, line breaks, formula-like cells. */
const ENTRIES: DictionaryEntry[] = [
  {
    id: 'a1',
    kind: 'abbr',
    form: 'HSKH',
    otherForms: ['HS-KH', 'HS KH'],
    expansion: 'Hồ sơ khoa học',
    english: 'scientific dossier, "UNESCO"',
    note: 'Dòng một\nDòng hai; có dấu phẩy, và "ngoặc"',
    created: Date.parse('2025-07-01T08:00:00.123Z'),
    updated: Date.parse('2025-07-02T09:30:00.000Z'),
    origin: 'article',
  },
  {
    id: 'p-2',
    kind: 'place',
    form: 'Phố Hiến',
    otherForms: [],
    expansion: '=HYPERLINK("http://x")',
    english: '+1',
    note: "'=already guarded",
    created: 1_700_000_000_000,
    updated: 1_700_000_000_000,
    origin: 'manual',
  },
  {
    id: 'x_3',
    kind: 'abbr',
    form: 'Thuỷ',
    otherForms: [],
    expansion: '-SUM(A1) @me',
    english: '',
    note: '',
    created: 0,
    updated: 5,
    origin: 'import',
  },
];

function roundTrip(name: string, text: string): DictionaryEntry[] {
  const file = readDictionaryFile(name, text);
  if (!file.ok) throw new Error(file.error.code);
  const plan = planImport(file.rows, [], defaults);
  expect(plan.bad).toEqual([]);
  return plan.put;
}

describe('dictionary files', () => {
  it('gives back the same entries from its JSON export', () => {
    const json = toDictionaryJson(ENTRIES, new Date('2025-08-01T00:00:00Z'));
    expect(JSON.parse(json)).toMatchObject({ format: 'chu-giai-dictionary', version: 1, exported: '2025-08-01T00:00:00.000Z' });
    expect(roundTrip('tu-dien.json', json)).toEqual(ENTRIES);
  });

  it('gives back the same entries from its CSV export, with formula-like cells guarded for spreadsheets', () => {
    const csv = toDictionaryCsv(ENTRIES);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\ufeffKind,Form,Other forms,Expansion,English,Note,Origin,Created,Updated,Id');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`,'+1,`);
    expect(csv).toContain(`,''=already guarded,`);
    expect(csv).toContain(`'-SUM(A1) @me`);
    expect(roundTrip('tu-dien.csv', csv)).toEqual(ENTRIES);
    // Saved again without the byte order mark, with LF line ends, under a name without an extension.
    expect(roundTrip('tu-dien', csv.slice(1).replace(/\r\n/g, '\n'))).toEqual(ENTRIES);
    // Saved again by Excel in a Vietnamese locale: semicolons between the cells.
    let quoted = false;
    let withSemicolons = '';
    for (const c of csv) {
      if (c === '"') quoted = !quoted;
      withSemicolons += c === ',' && !quoted ? ';' : c;
    }
    expect(withSemicolons.split('\r\n')[0]).toBe('\ufeffKind;Form;Other forms;Expansion;English;Note;Origin;Created;Updated;Id');
    expect(roundTrip('tu-dien.csv', withSemicolons)).toEqual(ENTRIES);
  });

  it('reads a CSV written by hand: any column order, Vietnamese headers, semicolons, blank lines', () => {
    const file = readDictionaryFile('mine.csv', 'Nghĩa;Dạng viết\n"Ủy ban; nhân dân";UBND\n\nHội đồng nhân dân;HĐND\n');
    expect(file.ok && file.rows).toEqual([
      { row: 2, draft: { expansion: 'Ủy ban; nhân dân', form: 'UBND' } },
      { row: 4, draft: { expansion: 'Hội đồng nhân dân', form: 'HĐND' } },
    ]);
  });

  it('refuses what is not a dictionary file, saying why', () => {
    const code = (name: string, text: string) => {
      const r = readDictionaryFile(name, text);
      return r.ok ? null : r.error;
    };
    expect(code('a.json', '{"format":"chu-giai-dictionary","version":2,"entries":[]}')).toEqual({ code: 'newer-version', version: 2 });
    expect(code('a.json', '{"type":"AnnotationCollection"}')).toEqual({ code: 'not-dictionary' });
    expect(code('a.json', '{"format":')).toEqual({ code: 'bad-json' });
    expect(code('a.csv', 'Form,Note\nA,b')).toEqual({ code: 'missing-columns', columns: ['Expansion'] });
    expect(code('a.csv', 'Form,Expansion\nA,"b\nC,d')).toEqual({ code: 'unclosed-quote', row: 2 });
    expect(code('a.csv', 'Form,Expansion\nTh\ufffd,x')).toEqual({ code: 'not-utf8' });
    expect(code('a.csv', '\ufeff  \n')).toEqual({ code: 'empty' });
    expect(code('a.csv', `Form,Expansion\n${'A,b\n'.repeat(10_001)}`)).toEqual({ code: 'too-many-rows' });
    expect(code('a.csv', 'x'.repeat(5 * 1024 * 1024 + 1))).toEqual({ code: 'too-large' });
  });

  it('says a chosen file could not be read, or is too large, without reading it', async () => {
    const gone = { name: 'a.csv', size: 10, text: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
    expect(await readChosenFile(gone)).toEqual({ ok: false, error: { code: 'unreadable' } });
    const huge = { name: 'a.csv', size: 6 * 1024 * 1024, text: () => Promise.reject(new Error('read')) };
    expect(await readChosenFile(huge)).toEqual({ ok: false, error: { code: 'too-large' } });
    const fine = await readChosenFile({ name: 'a.csv', size: 20, text: () => Promise.resolve('Form;Expansion\r\nA;b') });
    expect(fine).toMatchObject({ ok: true, format: 'csv', rows: [{ row: 2, draft: { form: 'A', expansion: 'b' } }] });
  });

  it('tells JSON from CSV by extension, then by content', () => {
    expect(detectFormat('x.JSON', 'a,b')).toBe('json');
    expect(detectFormat('x.csv', '{}')).toBe('csv');
    expect(detectFormat('x', '\ufeff  {"a":1}')).toBe('json');
    expect(detectFormat('x', 'Form,Expansion')).toBe('csv');
  });
});

describe('planImport', () => {
  const stored: DictionaryEntry[] = [
    { ...ENTRIES[0]!, id: 'kept-id' },
    { ...ENTRIES[2]!, expansion: 'cũ' },
  ];

  it('counts new, replaced and unchanged entries; a replaced one keeps its stored id', () => {
    const file = readDictionaryFile('x.json', toDictionaryJson([...ENTRIES, { ...ENTRIES[1]!, id: 'n', kind: 'abbr', form: 'MỚI' }], new Date()));
    const plan = planImport(file.ok ? file.rows : [], stored, defaults);
    expect([plan.added, plan.replaced, plan.unchanged, plan.bad.length]).toEqual([2, 1, 1, 0]);
    expect(plan.put.find((e) => e.form === 'Thuỷ')).toMatchObject({ id: 'x_3', expansion: '-SUM(A1) @me' });
    expect(plan.put.some((e) => e.id === 'kept-id')).toBe(false);
  });

  it('refuses a row whose written forms belong to different stored entries, naming them, rather than doubling one', () => {
    const own = (id: string, form: string): DictionaryEntry => ({ ...ENTRIES[2]!, id, form, expansion: form.toLowerCase() });
    const stored = [own('sa', 'KTXH'), own('sb', 'KT-XH'), own('sc', 'VLXD'), own('sd', 'TTKT')];
    const csv = [
      'Id,Form,Other forms,Expansion',
      ',KTXH,KT-XH,kinh tế - xã hội', // row 2: forms A; B where A is one stored entry's and B another's
      'sc,TTKT,,trung tâm', // row 3: sc's id, and sd's form
      ',VLXD,,vật liệu xây dựng', // row 4: replaces sc alone
    ].join('\r\n');
    const file = readDictionaryFile('x.csv', csv);
    let n = 0;
    const plan = planImport(file.ok ? file.rows : [], stored, { ...defaults, newId: () => `n${++n}` });
    expect(plan.bad).toEqual([
      { row: 2, problem: { code: 'clash', forms: ['KTXH', 'KT-XH'] } },
      { row: 3, problem: { code: 'clash', forms: ['VLXD', 'TTKT'] } },
    ]);
    expect(plan.put).toMatchObject([{ id: 'sc', form: 'VLXD', expansion: 'vật liệu xây dựng' }]);
    expect([plan.added, plan.replaced]).toEqual([0, 1]);
  });

  it('names each bad row by its number and reason, and keeps the good ones apart', () => {
    const csv = [
      'Kind,Form,Expansion,Other forms',
      'abbr,UBND,Ủy ban nhân dân,',
      'place,hà Nội,thủ đô,', // row 3: a place in small letters
      'abbr,,không có dạng viết,', // row 4
      'abbr,UBND,lặp lại,', // row 5: repeats row 2
      'abbr,HĐND,"Hội đồng\nnhân dân",', // row 6: a line break in the expansion
      'tên lạ,X,y,', // row 7
      'abbr,Z,z,,,,extra', // row 8: cells past the header
      'abbr,KT,kinh tế,UBND', // row 9: its other form is row 2's form
    ].join('\r\n');
    const file = readDictionaryFile('x.csv', csv);
    const plan = planImport(file.ok ? file.rows : [], [], defaults);
    expect(plan.bad).toEqual([
      { row: 3, problem: { code: 'issues', issues: [{ field: 'form', code: 'place-capital' }] } },
      { row: 4, problem: { code: 'issues', issues: [{ field: 'form', code: 'required' }] } },
      { row: 5, problem: { code: 'duplicate', of: 2 } },
      { row: 6, problem: { code: 'issues', issues: [{ field: 'expansion', code: 'line-break' }] } },
      { row: 7, problem: { code: 'issues', issues: [{ field: 'kind', code: 'invalid' }] } },
      { row: 8, problem: { code: 'malformed' } },
      { row: 9, problem: { code: 'duplicate', of: 2 } },
    ]);
    expect(plan.valid.map((v) => v.row)).toEqual([2]);
    expect(plan.rows).toBe(8);
  });
});
