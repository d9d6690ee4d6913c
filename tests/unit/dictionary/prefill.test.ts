import { describe, expect, it } from 'vitest';
import { dictionaryFormUrl, prefillFromHash } from '../../../src/dictionary/prefill';

describe('the settings page address that fills the dictionary form', () => {
  it('reads back what it was made from, Vietnamese, spaces and & included', () => {
    const prefill = { kind: 'place' as const, form: 'Phố Hiến', expansion: 'tên cũ của Hưng Yên & vùng quanh' };
    const url = new URL(dictionaryFormUrl('chrome-extension://id/options.html', prefill));
    expect(prefillFromHash(url.hash)).toEqual(prefill);
  });

  it('is null for any other address, and an unknown kind reads as an abbreviation', () => {
    expect(prefillFromHash('')).toBeNull();
    expect(prefillFromHash('#dictionary')).toBeNull();
    expect(prefillFromHash('#sites?form=x')).toBeNull();
    expect(prefillFromHash('#dictionary?kind=evil&form=HSKH')).toEqual({ kind: 'abbr', form: 'HSKH', expansion: '' });
  });
});
