// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://options.test/options.html" }
/**
 * The settings page's dictionary section with its real store (Dexie on fake-indexeddb) and a stub of the worker's
 * messages: where the focus goes, what the status line says (and in which language), the prefill, the import preview.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DictionaryEntry } from '../../../src/dictionary/model';
import { setLocale } from '../../../src/i18n';
import { ChuGiaiDb } from '../../../src/store/db';
import { keepDefinition, saveEntry } from '../../../src/store/dictionary';

vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: () => Promise.resolve() } } }));
const { DictionarySection } = await import('../../../src/ui/options/DictionarySection');

/** Another connection to the same database, as a tab's worker would write. */
const db = new ChuGiaiDb();
let root: HTMLElement;
const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const status = () => q('[data-cg-field="dict-status"]')?.textContent ?? '';
const active = () => document.activeElement as HTMLElement | null;
const click = (selector: string) => {
  const el = q(selector);
  if (!el) throw new Error(`no ${selector}`);
  el.click();
};

async function seed(form: string, expansion: string): Promise<DictionaryEntry> {
  const saved = await saveEntry(db, { form, expansion }, { now: 1, newId: () => `id-${form}`, origin: 'manual' });
  if (!saved.ok || !('value' in saved)) throw new Error('not saved');
  return saved.value;
}

async function show(prefill: Parameters<typeof DictionarySection>[0]['prefill'] = null) {
  render(<DictionarySection prefill={prefill} />, root);
  await vi.waitFor(() => expect(q('[data-cg-field="dict-count"]')).not.toBeNull());
}

beforeEach(async () => {
  await db.dictionary.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  setLocale('vi');
  history.replaceState(null, '', '/options.html');
});

describe('delete and undo', () => {
  it('moves the focus to Undo after a delete, and to the entry it brings back after Undo', async () => {
    await seed('UBND', 'ủy ban nhân dân');
    await show();
    await vi.waitFor(() => expect(q('[data-cg-entry="id-UBND"]')).not.toBeNull());
    click('[data-cg-entry="id-UBND"] [data-cg-action="delete-entry"]');
    await vi.waitFor(() => expect(active()?.getAttribute('data-cg-action')).toBe('undo'));
    expect(status()).toContain('Đã xóa “UBND”.');
    await vi.waitFor(() => expect(q('[data-cg-entry="id-UBND"]')).toBeNull());
    click('[data-cg-action="undo"]');
    await vi.waitFor(() => expect(active()?.getAttribute('data-cg-entry')).toBe('id-UBND'));
    expect(status()).toBe('Đã khôi phục “UBND”.');
    expect(await db.dictionary.count()).toBe(1);
  });

  it('refuses Undo when the written form was kept again meanwhile, saying so, and offers to edit the newer entry', async () => {
    await seed('HSKH', 'hồ sơ của tôi');
    await show();
    await vi.waitFor(() => expect(q('[data-cg-entry="id-HSKH"]')).not.toBeNull());
    click('[data-cg-entry="id-HSKH"] [data-cg-action="delete-entry"]');
    await vi.waitFor(() => expect(active()?.getAttribute('data-cg-action')).toBe('undo'));
    // Kept again from an article tab after the delete.
    await keepDefinition(db, { form: 'HSKH', expansion: 'Hồ sơ khoa học' }, { now: 2, newId: () => 'kept' });
    click('[data-cg-action="undo"]');
    await vi.waitFor(() => expect(status()).toContain('Không khôi phục được “HSKH”'));
    expect((await db.dictionary.toArray()).map((e) => [e.id, e.form])).toEqual([['kept', 'HSKH']]);
    expect(active()?.getAttribute('data-cg-action')).toBe('edit-newer-entry');
    click('[data-cg-action="edit-newer-entry"]');
    await vi.waitFor(() => expect(q<HTMLInputElement>('[data-cg-field="expansion"]')?.value).toBe('Hồ sơ khoa học'));
  });

  it('words the status line in the language chosen after it appeared', async () => {
    await seed('UBND', 'ủy ban nhân dân');
    await show();
    await vi.waitFor(() => expect(q('[data-cg-entry="id-UBND"]')).not.toBeNull());
    click('[data-cg-entry="id-UBND"] [data-cg-action="delete-entry"]');
    await vi.waitFor(() => expect(status()).toBe('Đã xóa “UBND”.Hoàn tác'));
    setLocale('en');
    await vi.waitFor(() => expect(status()).toBe('Deleted “UBND”.Undo'));
  });
});

describe('the prefill from an article', () => {
  it('fills the form once and leaves #dictionary in the address, so a reload does not fill it again', async () => {
    history.replaceState(null, '', '/options.html#dictionary?kind=abbr&form=LKV&expansion=');
    const prefill = { kind: 'abbr' as const, form: 'LKV', expansion: '' };
    await show(prefill);
    await vi.waitFor(() => expect(q<HTMLInputElement>('[data-cg-field="form"]')?.value).toBe('LKV'));
    expect(location.hash).toBe('#dictionary');
    expect(location.pathname).toBe('/options.html');
  });
});

describe('import', () => {
  const choose = (file: File) => {
    const input = q<HTMLInputElement>('[data-cg-action="import-dictionary"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('says so when the chosen file cannot be read', async () => {
    await show();
    const file = new File(['Form,Expansion'], 'moved.csv', { type: 'text/csv' });
    file.text = () => Promise.reject(new DOMException('moved', 'NotReadableError'));
    choose(file);
    await vi.waitFor(() => expect(status()).toContain('Không nhập được “moved.csv”: không đọc được tệp'));
    expect(q('[data-cg-field="import-preview"]')).toBeNull();
  });

  it('moves the focus to the preview it shows, named by its summary, and back to the file input after Cancel', async () => {
    await show();
    choose(new File(['\ufeffForm;Expansion\r\nTTKT;trung tâm kỹ thuật\r\n;thiếu\r\n'], 'tu-dien.csv', { type: 'text/csv' }));
    await vi.waitFor(() => expect(active()?.getAttribute('data-cg-field')).toBe('import-preview'));
    const preview = active()!;
    expect(document.getElementById(preview.getAttribute('aria-labelledby')!)?.textContent).toBe('“tu-dien.csv”: 1 mục mới, 0 mục thay thế, 0 mục đã có.');
    expect(preview.textContent).toContain('Hàng 3: Cách viết (Form): Cần điền.');
    // The bad rows follow a change of language too.
    setLocale('en');
    await vi.waitFor(() => expect(q('[data-cg-field="import-bad"]')?.textContent).toBe('Row 3: Form: Required.'));
    click('[data-cg-action="cancel-import"]');
    await vi.waitFor(() => expect(active()?.getAttribute('data-cg-action')).toBe('import-dictionary'));
  });
});
