import { describe, expect, it } from 'vitest';
import data from '../../../src/annotate/data/abbreviations.json';
import type { Abbreviation, AbbreviationFile } from '../../../src/annotate/types';

const file = data as unknown as AbbreviationFile;
const entries: Abbreviation[] = file.entries;
const byId = new Map(entries.map((e) => [e.id, e]));
const byForm = new Map<string, Abbreviation>();
for (const e of entries) for (const f of e.forms) byForm.set(f, e);

const DOMAINS = new Set([
  'government', 'party', 'court', 'police', 'procuracy', 'economy', 'finance', 'transport', 'education', 'health',
  'military', 'international', 'law', 'society', 'media', 'agriculture', 'technology', 'sport', 'general',
]);
const PATTERN_CUES = new Set(['pattern:number-after', 'pattern:colon-digits']);

/** Every string in an entry, for the NFC and trimming checks. */
function strings(e: Abbreviation): string[] {
  return [e.id, ...e.forms, ...e.senses.flatMap((s) => [s.vi, s.en, ...s.domains, ...s.cues])];
}

function firstVi(form: string): string | undefined {
  return byForm.get(form)?.senses[0]?.vi;
}

describe('abbreviations.json', () => {
  it('is version 1 with its sources and at least 450 entries', () => {
    expect(file.version).toBe(1);
    expect(file.sources).toContain('Chú Giải editors (curated for news usage)');
    expect(file.sources.some((s) => s.includes('soe-vinorm') && s.includes('MIT'))).toBe(true);
    expect(entries.length).toBeGreaterThanOrEqual(450);
  });

  it('has unique ids, and each id is one of its own forms', () => {
    expect(byId.size).toBe(entries.length);
    for (const e of entries) expect(e.forms, e.id).toContain(e.id);
  });

  it('puts no form in two entries and no form twice in one', () => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      expect(new Set(e.forms).size, e.id).toBe(e.forms.length);
      for (const f of e.forms) {
        expect(owner.get(f), `${f} in ${owner.get(f)} and ${e.id}`).toBeUndefined();
        owner.set(f, e.id);
      }
    }
  });

  it('writes every string in NFC, trimmed, non-empty, with Đ (U+0110) never Ð (U+00D0)', () => {
    for (const e of entries) {
      for (const s of strings(e)) {
        expect(s.normalize('NFC'), e.id).toBe(s);
        expect(s.trim(), e.id).toBe(s);
        expect(s.length, e.id).toBeGreaterThan(0);
        expect(/[\u00d0\u00f0]/.test(s), `${e.id}: ${s}`).toBe(false);
      }
    }
    for (const s of file.sources) expect(s.normalize('NFC')).toBe(s);
  });

  it('gives every sense a Vietnamese expansion, an English gloss and known domains', () => {
    for (const e of entries) {
      expect(e.senses.length, e.id).toBeGreaterThan(0);
      for (const s of e.senses) {
        expect(s.vi.length, e.id).toBeGreaterThan(0);
        expect(s.en.length, e.id).toBeGreaterThan(0);
        expect(s.domains.length, e.id).toBeGreaterThan(0);
        for (const d of s.domains) expect(DOMAINS.has(d), `${e.id}: ${d}`).toBe(true);
        expect(Array.isArray(s.cues), e.id).toBe(true);
      }
    }
  });

  it('writes cues in lower case, and pattern cues only from the known set', () => {
    for (const e of entries) {
      for (const c of e.senses.flatMap((s) => s.cues)) {
        if (c.startsWith('pattern:')) expect(PATTERN_CUES.has(c), `${e.id}: ${c}`).toBe(true);
        else expect(c, e.id).toBe(c.toLocaleLowerCase('vi'));
      }
    }
  });

  it('gives cues to every non-default sense of an entry with several senses', () => {
    const multi = entries.filter((e) => e.senses.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const e of multi) {
      for (const s of e.senses.slice(1)) expect(s.cues.length, `${e.id}: ${s.vi}`).toBeGreaterThan(0);
      expect(new Set(e.senses.map((s) => s.vi)).size, e.id).toBe(e.senses.length);
    }
  });

  it('has the seed abbreviations with the right first expansion', () => {
    expect(byId.get('KT-XH')?.senses[0]?.vi).toBe('kinh tế - xã hội');
    expect(byId.get('KT-XH')?.senses[0]?.en).toBe('socio-economic');
    expect(byId.get('QP-AN')?.senses[0]?.vi).toBe('quốc phòng - an ninh');
    expect(byId.get('TP.')?.senses[0]?.vi).toBe('thành phố');
    expect(byId.get('ĐT')?.senses[0]?.vi).toBe('đường tỉnh');
    expect(byId.get('QL')?.senses[0]?.vi).toBe('quốc lộ');
    expect(byId.get('UBND')?.senses[0]?.vi).toBe('Ủy ban nhân dân');
    expect(byId.get('UBND')?.senses[0]?.en).toBe("People's Committee");
    expect(byId.get('ĐBSH')?.senses[0]?.vi).toBe('Đồng bằng sông Hồng');
    expect(byId.get('BCH TW')?.senses[0]?.vi).toBe('Ban Chấp hành Trung ương');
    expect(byId.get('TP.HCM')?.senses[0]?.vi).toBe('Thành phố Hồ Chí Minh');
    expect(byId.get('COVID-19')).toBeDefined();
    expect(byId.get('UNESCO')).toBeDefined();
  });

  it('reads the written variants as the same abbreviation', () => {
    expect(firstVi('KTXH')).toBe('kinh tế - xã hội');
    expect(firstVi('QPAN')).toBe('quốc phòng - an ninh');
    expect(firstVi('Tp.')).toBe('thành phố');
    expect(firstVi('TP')).toBe('thành phố');
    expect(firstVi('TPHCM')).toBe('Thành phố Hồ Chí Minh');
    expect(firstVi('TP. HCM')).toBe('Thành phố Hồ Chí Minh');
    expect(firstVi('GD&ĐT')).toBe(firstVi('GD-ĐT'));
    expect(firstVi('NN-PTNT')).toBe(firstVi('NN&PTNT'));
  });

  it('expands BCHTW as Ban Chấp hành Trung ương, not "Ban chỉ huy"', () => {
    for (const f of ['BCHTW', 'BCH TƯ', 'BCHTƯ']) expect(firstVi(f), f).toBe('Ban Chấp hành Trung ương');
  });

  it('marks the road designations as roads, with the number cue on the road sense', () => {
    for (const id of ['QL', 'ĐT', 'TL', 'ĐH', 'HL', 'ĐCT']) expect(byId.get(id)?.road, id).toBe(true);
    const dt = byId.get('ĐT');
    expect(dt?.senses[0]?.cues).toContain('pattern:number-after');
    expect(dt?.senses.find((s) => s.vi === 'điện thoại')?.cues).toContain('pattern:colon-digits');
    const dh = byId.get('ĐH');
    expect(dh?.senses[0]?.vi).toBe('đại học');
    expect(dh?.senses.find((s) => s.vi === 'đường huyện')?.cues).toContain('pattern:number-after');
    for (const e of entries) if (e.road !== undefined) expect(e.road, e.id).toBe(true);
  });

  it('keeps the context-dependent senses the news uses', () => {
    const btv = byId.get('BTV');
    expect(btv?.senses.map((s) => s.vi)).toEqual(['Ban Thường vụ', 'biên tập viên']);
    expect(btv?.senses[0]?.cues).toContain('tỉnh ủy');
    expect(byId.get('BTC')?.senses.map((s) => s.vi)).toContain('Bộ Tài chính');
    expect(byId.get('BBT')?.senses[0]?.vi).toBe('Ban Bí thư');
  });

  it('leaves out bare forms too ambiguous in running text', () => {
    for (const f of ['TT', 'BS', 'TU', 'Q.', 'H.', 'TT.', 'MTV', 'HQ', 'KS', 'NS', 'LS']) expect(byForm.has(f), f).toBe(false);
  });
});
