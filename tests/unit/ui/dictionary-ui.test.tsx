// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DictionaryEntry } from '../../../src/dictionary/model';
import { setLocale } from '../../../src/i18n';
import { badRowText } from '../../../src/ui/options/dictionary-text';
import { DictionaryTransfer } from '../../../src/ui/options/DictionaryTransfer';
import { EntryList } from '../../../src/ui/options/EntryList';
import { TermTooltip } from '../../../src/ui/TermTooltip';

afterEach(() => {
  render(null, document.body);
  setLocale('vi');
});
const q = (selector: string) => document.body.querySelector(selector);

describe('TermTooltip with the dictionary’s buttons', () => {
  it('marks the reader’s own entry, and renders their words as text', () => {
    const info = { kind: 'abbr' as const, key: 'user:1', title: 'UBND', vi: ['<img src=x onerror=alert(1)>'], en: '', mine: true };
    render(<TermTooltip info={info} id="t" onAddToDictionary={() => {}} />, document.body);
    expect(q('[data-cg-field="mine"]')?.textContent).toBe('Từ điển của tôi');
    expect(q('img')).toBeNull();
    expect(q('[data-cg-action="add-to-dictionary"]')?.textContent).toBe('Sửa trong từ điển của tôi');
    expect(q('[data-cg-action="keep-definition"]')).toBeNull();
  });

  it('offers to keep an article’s definition once, and says when it is saved', () => {
    const info = { kind: 'abbr' as const, key: 'learned:HSKH', title: 'HSKH', vi: ['Hồ sơ khoa học'], en: '', definedInArticle: true };
    const keep = vi.fn();
    render(<TermTooltip info={info} id="t" onAddToDictionary={() => {}} onKeepDefinition={keep} />, document.body);
    (q('[data-cg-action="keep-definition"]') as HTMLButtonElement).click();
    expect(keep).toHaveBeenCalledTimes(1);
    render(<TermTooltip info={info} id="t" onAddToDictionary={() => {}} onKeepDefinition={keep} keepStatus="saved" />, document.body);
    (q('[data-cg-action="keep-definition"]') as HTMLButtonElement).click();
    expect(keep).toHaveBeenCalledTimes(1);
    expect(q('[data-cg-field="keep-status"]')?.textContent).toBe('Đã lưu vào từ điển của tôi.');
    expect(q('[data-cg-action="keep-definition"]')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('has no buttons without actions (as before)', () => {
    render(<TermTooltip info={{ kind: 'place', key: 'p:hue', title: 'Huế', vi: ['Thành phố'], en: '' }} id="t" />, document.body);
    expect(q('button')).toBeNull();
  });
});

describe('DictionaryTransfer', () => {
  const preview = { name: 'a.csv', added: 2, replaced: 1, unchanged: 0, writable: 3, valid: 3, bad: [] as string[] };

  it('asks to confirm a clean file', () => {
    const confirm = vi.fn();
    render(<DictionaryTransfer preview={preview} onExport={() => {}} onFile={() => {}} onConfirm={confirm} onCancel={() => {}} />, document.body);
    expect(q('[data-cg-field="import-summary"]')?.textContent).toBe('“a.csv”: 2 mục mới, 1 mục thay thế, 0 mục đã có.');
    (q('[data-cg-action="confirm-import"]') as HTMLButtonElement).click();
    expect(confirm).toHaveBeenCalledWith(false);
  });

  it('offers only "import the valid rows" when some are bad, listing them as text', () => {
    const confirm = vi.fn();
    const bad = ['Hàng 3: <b>x</b>', ...Array.from({ length: 21 }, (_, i) => `Hàng ${i + 4}: lỗi`)];
    render(<DictionaryTransfer preview={{ ...preview, bad }} onExport={() => {}} onFile={() => {}} onConfirm={confirm} onCancel={() => {}} />, document.body);
    expect(q('[data-cg-action="confirm-import"]')).toBeNull();
    expect(document.body.querySelectorAll('[data-cg-field="import-bad"] li')).toHaveLength(20);
    expect(q('[data-cg-field="import-bad"] b')).toBeNull();
    expect(document.body.textContent).toContain('… và 2 hàng lỗi khác.');
    (q('[data-cg-action="import-valid"]') as HTMLButtonElement).click();
    expect(confirm).toHaveBeenCalledWith(true);
  });
});

describe('counts in English', () => {
  const entry = (id: string): DictionaryEntry => ({
    id, kind: 'abbr', form: id, otherForms: [], expansion: 'x', english: '', note: '', created: 1, updated: 1, origin: 'manual',
  });
  const list = (n: number) => Array.from({ length: n }, (_, i) => entry(`E${i}`));

  it('says "1 entry" and "1,234 entries", and "1.234 mục" in Vietnamese', () => {
    setLocale('en');
    const count = () => q('[data-cg-field="dict-count"]')?.textContent;
    render(<EntryList entries={list(1)} total={1} query="" onQuery={() => {}} onEdit={() => {}} onDelete={() => {}} />, document.body);
    expect(count()).toBe('1 entry');
    render(<EntryList entries={list(1234)} total={1234} query="" onQuery={() => {}} onEdit={() => {}} onDelete={() => {}} />, document.body);
    expect(count()).toBe('1,234 entries');
    setLocale('vi');
    render(<EntryList entries={list(1234)} total={1234} query="" onQuery={() => {}} onEdit={() => {}} onDelete={() => {}} />, document.body);
    expect(count()).toBe('1.234 mục');
  });

  it('words one bad row, one more bad row and one valid row in the singular', () => {
    setLocale('en');
    const bad = Array.from({ length: 21 }, (_, i) => `Row ${i + 2}: Required.`);
    const preview = { name: 'a.csv', added: 1, replaced: 0, unchanged: 1200, writable: 1, valid: 1, bad: bad.slice(0, 1) };
    const props = { onExport: () => {}, onFile: () => {}, onConfirm: () => {}, onCancel: () => {} };
    render(<DictionaryTransfer preview={preview} {...props} />, document.body);
    expect(q('[data-cg-field="import-summary"]')?.textContent).toBe('“a.csv”: 1 new, 0 replaced, 1,200 already there.');
    expect(document.body.textContent).toContain('1 row has an error. Nothing imported yet:');
    expect(q('[data-cg-action="import-valid"]')?.textContent).toBe('Import only the 1 valid row');
    render(<DictionaryTransfer preview={{ ...preview, bad, valid: 2 }} {...props} />, document.body);
    expect(document.body.textContent).toContain('21 rows have errors.');
    expect(document.body.textContent).toContain('… and 1 more row with errors.');
    expect(q('[data-cg-action="import-valid"]')?.textContent).toBe('Import only the 2 valid rows');
  });
});

describe('badRowText', () => {
  it('names the stored entries a row clashes with, as a list in the reader’s language', () => {
    const bad = { row: 2, problem: { code: 'clash' as const, forms: ['KTXH', 'KT-XH', 'KT - XH'] } };
    expect(badRowText(bad, 'csv')).toBe('Hàng 2: là cùng một từ với các mục đã có “KTXH”, “KT-XH” và “KT - XH”; một hàng chỉ thay được một mục.');
    setLocale('en');
    expect(badRowText(bad, 'json')).toBe('Entry 2: is the same word as the stored entries “KTXH”, “KT-XH” and “KT - XH”; a row can replace only one of them.');
  });
});
