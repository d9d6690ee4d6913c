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

  it('reads school levels written together, with every joiner news uses', () => {
    expect(firstVi('TH-THCS-THPT')).toBe('tiểu học, trung học cơ sở và trung học phổ thông');
    expect(firstVi('TH - THCS - THPT')).toBe(firstVi('TH-THCS-THPT'));
    expect(firstVi('TH-THCS')).toBe('tiểu học và trung học cơ sở');
    for (const f of ['TH&THCS', 'TH - THCS', 'TH và THCS']) expect(firstVi(f), f).toBe(firstVi('TH-THCS'));
    expect(firstVi('THCS-THPT')).toBe('trung học cơ sở và trung học phổ thông');
    expect(firstVi('THCS&THPT')).toBe(firstVi('THCS-THPT'));
    expect(firstVi('PTDTBT')).toBe('phổ thông dân tộc bán trú');
    expect(firstVi('PTDTBT TH&THCS')).toBe('phổ thông dân tộc bán trú tiểu học và trung học cơ sở');
    for (const f of ['PTDTNT', 'PT DTNT']) expect(firstVi(f), f).toBe('phổ thông dân tộc nội trú');
    expect(firstVi('GDNN-GDTX')).toBe('giáo dục nghề nghiệp - giáo dục thường xuyên');
  });

  it('reads the company-name abbreviations: TM-DV and its relatives, TNHH MTV, ĐTPT', () => {
    for (const f of ['TM-DV', 'TMDV', 'TM&DV', 'TM - DV']) expect(firstVi(f), f).toBe('thương mại - dịch vụ');
    expect(byId.get('TM-DV')?.senses[0]?.en).toBe('trade and services');
    for (const f of ['SX-TM-DV', 'SXTMDV', 'SX TM DV']) expect(firstVi(f), f).toBe('sản xuất - thương mại - dịch vụ');
    expect(firstVi('TM&DV')).toBe(firstVi('TM-DV'));
    expect(firstVi('XD-TM')).toBe('xây dựng - thương mại');
    expect(firstVi('XD&TM')).toBe(firstVi('XD-TM'));
    const tnhhMtv = firstVi('TNHH MTV') ?? '';
    expect(tnhhMtv).toContain('trách nhiệm hữu hạn');
    expect(tnhhMtv).toContain('một thành viên');
    expect(firstVi('TNHH 1TV')).toBe(tnhhMtv);
    for (const f of ['ĐTPT', 'ĐT&PT']) expect(firstVi(f), f).toBe('đầu tư phát triển');
    expect(firstVi('Cty')).toBe('công ty');
  });

  it('knows DK1 and the DH road designation', () => {
    expect(firstVi('DK1')).toContain('Cụm Dịch vụ Kinh tế - Khoa học kỹ thuật');
    expect(byId.get('DK1')?.senses[0]?.domains).toContain('military');
    const dh = byId.get('DH');
    expect(dh?.road).toBe(true);
    expect(dh?.senses[0]?.vi).toBe('đường huyện');
    expect(dh?.senses[0]?.domains).toContain('transport');
  });

  it('reads the newspapers’ datelines as the newspaper', () => {
    expect(firstVi('TTO')).toBe('Tuổi Trẻ Online (báo Tuổi Trẻ điện tử)');
    expect(firstVi('TPO')).toBe('Tiền Phong Online (báo Tiền Phong điện tử)');
    expect(firstVi('NLĐO')).toContain('Người Lao Động');
    expect(firstVi('PLO')).toContain('Pháp Luật TP.HCM');
    expect(firstVi('SGGPO')).toContain('Sài Gòn Giải Phóng');
    expect(firstVi('NDĐT')).toContain('Nhân Dân');
    expect(firstVi('VOH')).toBe('Đài Tiếng nói Nhân dân TP.HCM');
    for (const f of ['TTO', 'TPO', 'NLĐO', 'PLO', 'SGGP', 'SGGPO', 'TNO', 'ANTĐ', 'HNM', 'GD&TĐ', 'VOH', 'THVN']) {
      expect(byForm.get(f)?.senses[0]?.domains, f).toContain('media');
    }
    const vna = byId.get('VNA');
    expect(vna?.senses[0]?.vi).toBe('Thông tấn xã Việt Nam');
    expect(vna?.senses[1]?.cues).toContain('vietnam airlines');
  });

  it('has the military, police, labour, health and social abbreviations news uses daily', () => {
    expect(firstVi('QK7')).toBe('Quân khu 7');
    expect(firstVi('BTL BĐBP')).toBe('Bộ Tư lệnh Bộ đội Biên phòng');
    for (const f of ['CBCS', 'CB, CS']) expect(firstVi(f), f).toBe('cán bộ, chiến sĩ');
    expect(firstVi('PC08')).toContain('Cảnh sát giao thông');
    expect(firstVi('PC47')).toContain('ma túy');
    for (const f of ['CNVC-LĐ', 'CNVCLĐ']) expect(firstVi(f), f).toBe('công nhân, viên chức, lao động');
    expect(firstVi('HIV/AIDS')).toContain('HIV');
    expect(firstVi('TTKSBT')).toBe('trung tâm kiểm soát bệnh tật');
    expect(firstVi('GTNT')).toBe('giao thông nông thôn');
    expect(firstVi('QLNN')).toBe('quản lý nhà nước');
    expect(firstVi('ĐTN')).toBe('Đoàn Thanh niên');
    expect(firstVi('MTQG')).toBe('mục tiêu quốc gia');
    expect(firstVi('NQ/TU')).toBe('nghị quyết của Tỉnh ủy');
    expect(firstVi('NQ/QH15')).toBe('nghị quyết của Quốc hội khóa XV');
  });

  it('reads "CT UBND" as the chairman and "CT-UBND" as a directive, not the CT scan', () => {
    expect(firstVi('CT UBND')).toBe('Chủ tịch Ủy ban nhân dân');
    expect(firstVi('CT-UBND')).toBe('chỉ thị của Ủy ban nhân dân');
    expect(firstVi('CT')).toBe('cắt lớp vi tính');
  });

  it('writes codes that end in digits as whole forms (the matcher skips an abbreviation followed by a digit)', () => {
    for (const f of ['QK1', 'QK7', 'QK9', 'DK1', 'PC03', 'C08', 'NV1', 'KV2', 'KV2-NT', 'QH12', 'VTV24', 'VĐ3']) {
      expect(byForm.has(f), f).toBe(true);
    }
  });

  it('leaves out bare forms too ambiguous in running text', () => {
    for (const f of ['TT', 'BS', 'TU', 'Q.', 'H.', 'TT.', 'MTV', 'HQ', 'KS', 'NS', 'LS']) expect(byForm.has(f), f).toBe(false);
    // School levels and other short forms that are also ordinary words, initials or other things in running text.
    for (const f of ['TH', 'MN', 'MG', 'DT', 'NV', 'TN', 'TC', 'KT', 'F1', 'A05', 'ĐTC', 'NCC', 'CAT', 'P.', 'X.']) {
      expect(byForm.has(f), f).toBe(false);
    }
  });
});
