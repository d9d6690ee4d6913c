import { describe, expect, it } from 'vitest';
import { type DictionaryEntry, findClash, guessKind, searchEntries, validateEntry } from '../../../src/dictionary/model';
import { dictionaryEntry } from '../../support/dictionary';

const defaults = { now: 1_700_000_000_000, newId: () => 'new-id', origin: 'manual' as const };

const entry = (over: Partial<DictionaryEntry>): DictionaryEntry => dictionaryEntry(over);

describe('validateEntry', () => {
  it('makes an entry from a bare form and expansion, with NFC text and the defaults', () => {
    const result = validateEntry({ form: '  HĐND '.normalize('NFD'), expansion: 'Hội đồng nhân dân'.normalize('NFD') }, defaults);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'new-id',
        kind: 'abbr',
        form: 'HĐND',
        otherForms: [],
        expansion: 'Hội đồng nhân dân',
        english: '',
        note: '',
        created: defaults.now,
        updated: defaults.now,
        origin: 'manual',
      },
    });
  });

  it('names every field that is wrong, with its reason', () => {
    const result = validateEntry({ kind: 'word', form: '(x)', expansion: '', english: 'a\nb', note: 'x'.repeat(2001) }, defaults);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { field: 'kind', code: 'invalid' },
      { field: 'form', code: 'form-start' },
      { field: 'expansion', code: 'required' },
      { field: 'english', code: 'line-break' },
      { field: 'note', code: 'too-long' },
    ]);
  });

  it('refuses a place that does not start with a capital letter (places are only matched capitalised)', () => {
    const result = validateEntry({ kind: 'place', form: 'phố Hiến', expansion: 'tên cũ của Hưng Yên' }, defaults);
    expect(!result.ok && result.issues).toEqual([{ field: 'form', code: 'place-capital' }]);
    expect(validateEntry({ kind: 'place', form: 'Phố Hiến', expansion: 'tên cũ của Hưng Yên' }, defaults).ok).toBe(true);
  });

  it('reads other forms from text or a list, dropping repeats of the form in either tone placement', () => {
    const fromText = validateEntry({ form: 'KT-XH', otherForms: 'KTXH; KT - XH, KTXH', expansion: 'kinh tế - xã hội' }, defaults);
    expect(fromText.ok && fromText.value.otherForms).toEqual(['KTXH', 'KT - XH']);
    const tones = validateEntry({ form: 'Hòa', otherForms: ['Hoà', 'Hòa B'], expansion: 'x' }, defaults);
    expect(tones.ok && tones.value.otherForms).toEqual(['Hòa B']);
    expect(validateEntry({ form: 'A', otherForms: Array.from({ length: 11 }, (_, i) => `F${i}`), expansion: 'x' }, defaults)).toMatchObject({
      ok: false,
      issues: [{ field: 'otherForms', code: 'too-many-forms' }],
    });
  });

  it('keeps the lines of a note, and reads dates as epoch ms or ISO 8601', () => {
    const result = validateEntry(
      { form: 'X', expansion: 'y', note: 'một\r\nhai', created: '2025-01-02T03:04:05.006Z', updated: 1_800_000_000_000, kind: 'Địa danh'.replace('Đ', 'Đ'), origin: 'article' },
      defaults,
    );
    expect(result.ok && result.value).toMatchObject({
      kind: 'place',
      note: 'một\nhai',
      created: Date.parse('2025-01-02T03:04:05.006Z'),
      updated: 1_800_000_000_000,
      origin: 'article',
    });
    expect(validateEntry({ form: 'X', expansion: 'y', created: 'hôm qua' }, defaults)).toMatchObject({ ok: false, issues: [{ field: 'created', code: 'invalid' }] });
  });

  it('writes one space for any run of white space in one-line fields, keeping a note as typed', () => {
    const result = validateEntry(
      { kind: 'place', form: 'Phố \u00a0 Hiến', expansion: 'tên  cũ\tcủa   Hưng Yên', english: ' old\u2003 name ', note: 'dòng  một\n  dòng hai' },
      defaults,
    );
    expect(result.ok && result.value).toMatchObject({ form: 'Phố Hiến', expansion: 'tên cũ của Hưng Yên', english: 'old name', note: 'dòng  một\n  dòng hai' });
    const forms = validateEntry({ form: 'KT  XH', otherForms: 'KT   -  XH;  K  T', expansion: 'x' }, defaults);
    expect(forms.ok && [forms.value.form, ...forms.value.otherForms]).toEqual(['KT XH', 'KT - XH', 'K T']);
    // Still one line: a line break is refused, not joined.
    expect(validateEntry({ form: 'A', expansion: 'a\u2028b' }, defaults)).toMatchObject({ ok: false, issues: [{ field: 'expansion', code: 'line-break' }] });
  });

  it('takes invisible characters out of written forms, so an entry matches what it shows', () => {
    // Zero-width space, soft hyphen, zero-width joiner, an isolate, a byte order mark.
    const result = validateEntry({ form: 'HS\u200bKH\u00ad', otherForms: 'KT\u200d-XH; \u2066KX\u2069; \ufeffH\u200eS', expansion: 'hồ sơ' }, defaults);
    expect(result.ok && [result.value.form, ...result.value.otherForms]).toEqual(['HSKH', 'KT-XH', 'KX', 'HS']);
    // A right-to-left override showed "HSKH" for the letters H, K, S, H: the entry is what it matches.
    const override = validateEntry({ form: '\u202eHKSH\u202c', expansion: 'x' }, defaults);
    expect(override.ok && override.value.form).toBe('HKSH');
    // The bidi controls leave the other fields too (they would reorder the tooltip's text).
    const expansion = validateEntry({ form: 'A', expansion: 'mở \u202eđóng', english: '\u2067x\u2069', note: 'a\u202d\nb' }, defaults);
    expect(expansion.ok && expansion.value).toMatchObject({ expansion: 'mở đóng', english: 'x', note: 'a\nb' });
    expect(validateEntry({ form: '\u200b\u00ad', expansion: 'x' }, defaults)).toMatchObject({ ok: false, issues: [{ field: 'form', code: 'required' }] });
  });

  it('refuses an id that could not be a mark key', () => {
    expect(validateEntry({ id: 'a b"c', form: 'X', expansion: 'y' }, defaults)).toMatchObject({ ok: false, issues: [{ field: 'id', code: 'invalid' }] });
  });
});

describe('findClash and searchEntries', () => {
  const stored = [
    entry({ id: 'a', form: 'KT-XH', otherForms: ['KTXH'], expansion: 'kinh tế - xã hội' }),
    entry({ id: 'b', kind: 'place', form: 'Hòa Bình', expansion: 'tỉnh cũ', note: 'nay thuộc Phú Thọ' }),
  ];

  it('finds the stored entry with a written form in common, tone placement aside, case kept', () => {
    expect(findClash(stored, entry({ id: 'x', form: 'KTXH' }))?.id).toBe('a');
    expect(findClash(stored, entry({ id: 'x', kind: 'place', form: 'Hoà Bình' }))?.id).toBe('b');
    expect(findClash(stored, entry({ id: 'x', kind: 'place', form: 'HÒA BÌNH' }))).toBeUndefined();
    expect(findClash(stored, entry({ id: 'x', form: 'Hòa Bình' }))).toBeUndefined(); // another kind
    expect(findClash(stored, stored[0]!)).toBeUndefined(); // itself
  });

  it('searches every field without tone marks or case', () => {
    expect(searchEntries(stored, 'hoa binh').map((e) => e.id)).toEqual(['b']);
    expect(searchEntries(stored, 'PHU THO').map((e) => e.id)).toEqual(['b']);
    expect(searchEntries(stored, 'kinh te').map((e) => e.id)).toEqual(['a']);
    expect(searchEntries(stored, '').map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('guesses a place for capitalised words and an abbreviation for capitals', () => {
    expect(guessKind('Phố Hiến')).toBe('place');
    expect(guessKind('HSKH')).toBe('abbr');
    expect(guessKind('TP.HCM')).toBe('abbr');
  });
});

describe('prefill', () => {
  it('fills the form from a tooltip: the written form without a road number, and the first line', async () => {
    const { prefillFromSelection, prefillFromTerm } = await import('../../../src/dictionary/prefill');
    expect(prefillFromTerm({ kind: 'abbr', key: 'QL', title: 'QL.10', form: 'QL', vi: ['quốc lộ 10'], en: '' })).toEqual({ kind: 'abbr', form: 'QL', expansion: 'quốc lộ 10' });
    expect(prefillFromTerm({ kind: 'place', key: 'p0:x', title: 'Kinh  Môn', vi: ['Thị xã\nthuộc'], en: '' })).toEqual({ kind: 'place', form: 'Kinh Môn', expansion: 'Thị xã thuộc' });
    expect(prefillFromSelection(' Phố\nHiến ')).toEqual({ kind: 'place', form: 'Phố Hiến', expansion: '' });
    expect(prefillFromSelection('x'.repeat(41))).toEqual({ kind: 'abbr', form: '', expansion: '' });
  });
});
