/**
 * Abbreviated type words that news writes before a unit's name or number: "P.Bến Thành", "Q.1", "Q. Bình Thạnh",
 * "H.Củ Chi", "TT.Củ Chi", "X.Tân Thông Hội" (Thanh Niên, Tuổi Trẻ, Người Lao Động, Pháp Luật TP.HCM). Each is an
 * abbreviation mark of its own and the type cue that decides which unit the name is. They are only marked before a
 * unit (a single capital letter and a dot is far more often a person's initial), which the matcher checks.
 * "TP." and "TX." are in the dictionary file (they are marked on their own too); their type comes from here.
 */
import type { Abbreviation } from '../types';

export type UnitPrefixClass = 'city' | 'district' | 'ward';

/** By abbreviation id: the type word it stands for and the class of units it names. */
export const UNIT_PREFIX_TYPES: Readonly<Record<string, { word: string; cls: UnitPrefixClass }>> = {
  'P.': { word: 'phường', cls: 'ward' },
  'X.': { word: 'xã', cls: 'ward' },
  'TT.': { word: 'thị trấn', cls: 'ward' },
  'Q.': { word: 'quận', cls: 'district' },
  'H.': { word: 'huyện', cls: 'district' },
  'TX.': { word: 'thị xã', cls: 'district' },
  'TP.': { word: 'thành phố', cls: 'city' },
};

const prefix = (id: string, forms: string[], vi: string, en: string): Abbreviation => ({
  id,
  forms,
  senses: [{ vi, en, domains: ['government'], cues: [] }],
  unitPrefix: true,
});

/** Prefixes that are marked only before a unit (see `Abbreviation.unitPrefix`). */
export const UNIT_PREFIXES: readonly Abbreviation[] = [
  prefix('P.', ['P.'], 'phường', 'ward'),
  prefix('X.', ['X.'], 'xã', 'commune'),
  prefix('TT.', ['TT.'], 'thị trấn', 'township'),
  prefix('Q.', ['Q.'], 'quận', 'urban district'),
  prefix('H.', ['H.'], 'huyện', 'rural district'),
];

/**
 * A newspaper's name at the start of an article ("TP - Sáng 12/3…" in Tiền Phong's print articles): never
 * "thành phố" there. By written form; the dictionary's own entries (TPO, TTO, NLĐO…) need no rule.
 */
export const DATELINE_PAPERS: Readonly<Record<string, Abbreviation>> = {
  TP: {
    id: 'TP (Tiền Phong)',
    forms: ['TP'],
    senses: [{ vi: 'Báo Tiền Phong (dòng mở đầu bài báo in)', en: 'Tien Phong newspaper (dateline)', domains: ['media'], cues: [] }],
  },
};
