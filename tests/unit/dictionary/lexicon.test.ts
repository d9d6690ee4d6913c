import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../../src/annotate/annotate-blocks';
import abbreviations from '../../../src/annotate/data/abbreviations.json';
import { expandGazetteer } from '../../../src/annotate/gazetteer-build';
import type { Lexicon } from '../../../src/annotate/lexicon';
import type { AbbreviationFile, Place } from '../../../src/annotate/types';
import { type DictionaryEntry, validateEntry } from '../../../src/dictionary/model';
import { lexiconWithDictionary } from '../../../src/dictionary/to-lexicon';
import { dictionaryEntry } from '../../support/dictionary';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const places: Place[] = expandGazetteer(JSON.parse(readFileSync(join(ROOT, 'public/data/gazetteer.json'), 'utf8'))).places;
const builtIn = (abbreviations as AbbreviationFile).entries;

const entry = (over: Partial<DictionaryEntry>): DictionaryEntry => dictionaryEntry({ form: 'X', expansion: '', ...over });

function tips(lexicon: Lexicon, text: string, published: string | null = '2022-03-15T10:10:00+07:00') {
  const { marks, infos } = annotateBlocks(lexicon, [text], published);
  return marks[0]!.map(([s, e, i]) => ({ text: text.slice(s, e), ...infos[i]! }));
}

describe('the reader’s entries in the lexicon', () => {
  const lexicon = lexiconWithDictionary(places, builtIn, [
    entry({ id: 'ub', form: 'UBND', expansion: 'Ủy ban nhân dân (của tôi)', english: 'my committee', note: 'ghi chú riêng' }),
    entry({ id: 'ph', kind: 'place', form: 'Phố Hiến', expansion: 'tên cũ của thành phố Hưng Yên', note: 'tên địa phương' }),
    entry({ id: 'tn', kind: 'place', form: 'Thủy Nguyên', expansion: 'quê tôi' }),
    entry({ id: 'kt', form: 'KTXH', expansion: 'kinh tế xã hội (cách viết liền)' }),
    entry({ id: 'hs', form: 'HSKH', expansion: 'hồ sơ của tôi' }),
  ]);

  it('shows the reader’s expansion for UBND, never the built-in sense, with the My dictionary flag', () => {
    const [ubnd] = tips(lexicon, 'UBND tỉnh Hải Dương họp.');
    expect(ubnd).toMatchObject({ text: 'UBND', kind: 'abbr', key: 'user:ub', vi: ['Ủy ban nhân dân (của tôi)', 'ghi chú riêng'], en: 'my committee', mine: true });
    expect(JSON.stringify(tips(lexicon, 'UBND'))).not.toContain("People's Committee");
  });

  it('takes over only the written form the reader gave: the built-in entry keeps its other forms', () => {
    const marks = tips(lexicon, 'Phát triển KTXH và KT-XH.');
    expect(marks.map((m) => [m.text, m.key])).toEqual([
      ['KTXH', 'user:kt'],
      ['KT-XH', 'KT-XH'],
    ]);
  });

  it('marks a place of the reader’s as a place keyed user:<id>, in both tone placements and in NFD', () => {
    for (const text of ['Về Phố Hiến chơi.', 'Về Phố Hiến chơi.'.normalize('NFD')]) {
      const [mark] = tips(lexicon, text);
      expect(mark).toMatchObject({ kind: 'place', key: 'user:ph', vi: ['tên cũ của thành phố Hưng Yên', 'tên địa phương'], mine: true });
      expect(mark).not.toHaveProperty('level'); // the reader's places are marked whatever levels are chosen
    }
    expect(tips(lexicon, 'huyện Thuỷ Nguyên').map((m) => m.key)).toEqual(['user:tn']);
    expect(tips(lexicon, 'huyện Thủy Nguyên').map((m) => m.key)).toEqual(['user:tn']);
  });

  it('keeps the matching rules: case, word boundaries, people’s names', () => {
    expect(tips(lexicon, 'phố hiến và Ubnd')).toEqual([]);
    expect(tips(lexicon, 'Phố Hiếna, UBNDX')).toEqual([]);
    expect(tips(lexicon, 'Ông Nguyễn Phố Hiến phát biểu.')).toEqual([]);
  });

  it('marks the reader’s abbreviation as theirs where the article defines it too', () => {
    const marks = tips(lexicon, 'Hồ sơ khoa học (HSKH) đã xong; HSKH gửi đi.');
    expect(marks.filter((m) => m.text === 'HSKH').map((m) => [m.key, m.mine])).toEqual([
      ['user:hs', true],
      ['user:hs', true],
    ]);
  });

  it('marks a place typed with two spaces or an invisible character, as the form shows it', () => {
    const typed = validateEntry({ kind: 'place', form: 'Phố  Hi\u200bến', expansion: 'tên cũ' }, { now: 1, newId: () => 'ph2', origin: 'manual' });
    if (!typed.ok) throw new Error('refused');
    const own = lexiconWithDictionary(places, builtIn, [typed.value]);
    expect(tips(own, 'Về Phố Hiến chơi.').map((m) => [m.text, m.key])).toEqual([['Phố Hiến', 'user:ph2']]);
  });

  it('leaves the built-in lexicon as it was without entries', () => {
    const plain = lexiconWithDictionary(places, builtIn, []);
    expect(tips(plain, 'UBND huyện Thủy Nguyên').map((m) => [m.key, m.mine ?? false])).toEqual([
      ['UBND', false],
      ['d0:hai-phong/thuy-nguyen', false],
    ]);
  });
});
