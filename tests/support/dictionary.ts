/** A reader's dictionary entry for tests: an abbreviation with every field set, changed by `over`. */
import type { DictionaryEntry } from '../../src/dictionary/model';

export const dictionaryEntry = (over: Partial<DictionaryEntry> = {}): DictionaryEntry => ({
  id: 'e1',
  kind: 'abbr',
  form: 'HSKH',
  otherForms: [],
  expansion: 'hồ sơ khoa học',
  english: '',
  note: '',
  created: 1,
  updated: 1,
  origin: 'manual',
  ...over,
});
