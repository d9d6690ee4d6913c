/**
 * Dated changes of province- and district-level units from 1 January 2008 to 30 June 2025, curated from the
 * resolutions that made them, and the units those changes did away with (absent from the 2025 data). A change is
 * listed only when it is known to have happened; a resolution number only when it is known (else null). Where the
 * day it took effect is not known, `latest` bounds it. Ids are gazetteer ids; `buildGazetteer` checks every id,
 * derives each unit's `from` / `until` from these changes, and throws on an inconsistent chain.
 */
import type { PlaceType } from '../types';

/** First and last day the history covers (YYYY-MM-DD). */
export const HISTORY_START = '2008-01-01';
export const HISTORY_END = '2025-06-30';

/**
 * `upgraded` / `downgraded`: a new type (huyện -> thị xã -> thành phố, huyện -> quận; thành phố -> thị xã).
 * `established`: new units from parts of others that go on. `split`: a unit divided (it may go on with a part).
 * `merged`: units joined into one (which may be one of them). `renamed`: the same area under a new name (often
 * with a new type). `moved`: to another province.
 */
export type ChangeKind = 'established' | 'split' | 'upgraded' | 'downgraded' | 'renamed' | 'merged' | 'moved';

export interface HistoryChange {
  /** The day it took effect (YYYY-MM-DD); with `latest`, the earliest day it can have taken effect. */
  date: string;
  /** When the exact day is not known: the latest day it can have taken effect. */
  latest?: string;
  kind: ChangeKind;
  /** The units concerned, as they were the day before (gazetteer ids). */
  before: readonly string[];
  /** The units from that day. An id in both lists went on under the same identity. */
  after: readonly string[];
  /** For the ids in both lists: what they were before, where it changed (the same for all of them). */
  was?: { type?: PlaceType; name?: string; parent?: string };
  /** "Nghị quyết 15/2008/QH12"; null when not known for sure. */
  resolution: string | null;
}

/** A unit that no longer existed on 30 June 2025, as it was when it ended. */
export interface FormerUnit {
  id: string;
  name: string;
  type: PlaceType;
  level: 'province' | 'district';
  /** Its province when it ended (null for a province). */
  parent: string | null;
  aliases?: readonly string[];
}

export const FORMER_UNITS: readonly FormerUnit[] = [
  { id: 'p0:ha-tay', name: 'Hà Tây', type: 'tỉnh', level: 'province', parent: null },
  { id: 'd0:ha-noi/tu-liem', name: 'Từ Liêm', type: 'huyện', level: 'district', parent: 'p:ha-noi' },
  { id: 'd0:ho-chi-minh/2', name: '2', type: 'quận', level: 'district', parent: 'p0:ho-chi-minh' },
  { id: 'd0:ho-chi-minh/9', name: '9', type: 'quận', level: 'district', parent: 'p0:ho-chi-minh' },
  { id: 'd0:ho-chi-minh/thu-duc-quan', name: 'Thủ Đức', type: 'quận', level: 'district', parent: 'p0:ho-chi-minh' },
  { id: 'd0:ba-ria-vung-tau/tan-thanh', name: 'Tân Thành', type: 'huyện', level: 'district', parent: 'p0:ba-ria-vung-tau' },
  { id: 'd0:quang-ninh/yen-hung', name: 'Yên Hưng', type: 'huyện', level: 'district', parent: 'p:quang-ninh' },
  { id: 'd0:quang-ninh/hoanh-bo', name: 'Hoành Bồ', type: 'huyện', level: 'district', parent: 'p:quang-ninh' },
  { id: 'd0:hoa-binh/ky-son', name: 'Kỳ Sơn', type: 'huyện', level: 'district', parent: 'p0:hoa-binh' },
  { id: 'd0:quang-nam/nong-son', name: 'Nông Sơn', type: 'huyện', level: 'district', parent: 'p0:quang-nam' },
  { id: 'd0:nam-dinh/my-loc', name: 'Mỹ Lộc', type: 'huyện', level: 'district', parent: 'p0:nam-dinh' },
  { id: 'd0:ninh-binh/ninh-binh', name: 'Ninh Bình', type: 'thành phố', level: 'district', parent: 'p0:ninh-binh' },
  { id: 'd0:ninh-binh/hoa-lu-huyen', name: 'Hoa Lư', type: 'huyện', level: 'district', parent: 'p0:ninh-binh' },
  { id: 'd0:hue/hue', name: 'Huế', type: 'thành phố', level: 'district', parent: 'p:hue' },
  { id: 'd0:cao-bang/phuc-hoa', name: 'Phục Hòa', type: 'huyện', level: 'district', parent: 'p:cao-bang' },
  { id: 'd0:cao-bang/quang-uyen', name: 'Quảng Uyên', type: 'huyện', level: 'district', parent: 'p:cao-bang' },
  { id: 'd0:cao-bang/tra-linh', name: 'Trà Lĩnh', type: 'huyện', level: 'district', parent: 'p:cao-bang' },
  { id: 'd0:cao-bang/thong-nong', name: 'Thông Nông', type: 'huyện', level: 'district', parent: 'p:cao-bang' },
  { id: 'd0:quang-ngai/tay-tra', name: 'Tây Trà', type: 'huyện', level: 'district', parent: 'p0:quang-ngai' },
  { id: 'd0:thanh-hoa/tinh-gia', name: 'Tĩnh Gia', type: 'huyện', level: 'district', parent: 'p:thanh-hoa' },
  { id: 'd0:thanh-hoa/dong-son', name: 'Đông Sơn', type: 'huyện', level: 'district', parent: 'p:thanh-hoa' },
  { id: 'd0:nghe-an/cua-lo', name: 'Cửa Lò', type: 'thị xã', level: 'district', parent: 'p:nghe-an' },
];

/** The Hà Tây units that went to Hà Nội on 1 August 2008 (their ids are Hà Nội's). */
const HA_TAY_UNITS = [
  'ha-dong',
  'son-tay',
  'ba-vi',
  'phuc-tho',
  'dan-phuong',
  'hoai-duc',
  'quoc-oai',
  'thach-that',
  'chuong-my',
  'thanh-oai',
  'thuong-tin',
  'phu-xuyen',
  'ung-hoa',
  'my-duc',
].map((slug) => `d0:ha-noi/${slug}`);

type When = Pick<HistoryChange, 'date' | 'latest'>;

/** Only the year is known. */
const year = (y: number): When => ({ date: `${y}-01-01`, latest: `${y}-12-31` });
/** Known to have taken effect between two days (the resolution's date and the latest day it can have taken effect). */
const between = (date: string, latest: string): When => ({ date, latest });
const on = (date: string): When => ({ date });

const d = (path: string) => `d0:${path}`;

/** A new type for units that go on under their name. */
function upgraded(paths: string[], from: PlaceType, when: When, resolution: string | null = null): HistoryChange {
  const ids = paths.map(d);
  return { ...when, kind: 'upgraded', before: ids, after: ids, was: { type: from }, resolution };
}

/** New units from part of `source`, which goes on (as `sourceWas`, when its type changed too). */
function established(sources: string[], created: string[], when: When, resolution: string | null = null): HistoryChange {
  return { ...when, kind: 'established', before: sources.map(d), after: [...sources, ...created].map(d), resolution };
}

/** Units joined into `into` (which may be one of them, or a new unit). */
function merged(parts: string[], into: string, when: When, resolution: string | null = null): HistoryChange {
  return { ...when, kind: 'merged', before: parts.map(d), after: [d(into)], resolution };
}

/** In date order (the build sorts them). */
export const HISTORY: readonly HistoryChange[] = [
  // ---- 2008
  established(['quang-nam/que-son'], ['quang-nam/nong-son'], year(2008)),
  established(['dong-thap/hong-ngu-huyen'], ['dong-thap/hong-ngu-thanh-pho'], year(2008)),
  established(['lai-chau/than-uyen'], ['lai-chau/tan-uyen'], year(2008)),
  established(['vinh-phuc/lap-thach'], ['vinh-phuc/song-lo'], year(2008)),
  established(['tien-giang/go-cong-tay', 'tien-giang/go-cong'], ['tien-giang/tan-phu-dong'], year(2008)),
  upgraded(['son-la/son-la', 'quang-ninh/mong-cai', 'quang-nam/hoi-an', 'ha-nam/phu-ly'], 'thị xã', year(2008)),
  { date: '2008-08-01', kind: 'merged', before: ['p0:ha-tay', 'p:ha-noi'], after: ['p:ha-noi'], resolution: 'Nghị quyết 15/2008/QH12' },
  {
    date: '2008-08-01',
    kind: 'moved',
    before: HA_TAY_UNITS,
    after: HA_TAY_UNITS,
    was: { parent: 'p0:ha-tay' },
    resolution: 'Nghị quyết 15/2008/QH12',
  },
  {
    date: '2008-08-01',
    kind: 'moved',
    before: [d('ha-noi/me-linh')],
    after: [d('ha-noi/me-linh')],
    was: { parent: 'p0:vinh-phuc' },
    resolution: 'Nghị quyết 15/2008/QH12',
  },
  established(['dak-lak/krong-buk'], ['dak-lak/buon-ho'], between('2008-12-23', '2009-03-01')),
  // ---- 2009
  upgraded(['ha-noi/ha-dong'], 'thành phố', on('2009-05-08'), 'Nghị quyết 19/NQ-CP'),
  { ...on('2009-05-08'), kind: 'downgraded', before: [d('ha-noi/son-tay')], after: [d('ha-noi/son-tay')], was: { type: 'thành phố' }, resolution: 'Nghị quyết 19/NQ-CP' },
  upgraded(['kon-tum/kon-tum', 'hung-yen/hung-yen', 'vinh-long/vinh-long', 'ben-tre/ben-tre', 'long-an/tan-an', 'quang-tri/dong-ha'], 'thị xã', year(2009)),
  upgraded(['an-giang/tan-chau'], 'huyện', year(2009)),
  { ...year(2009), kind: 'established', before: [d('binh-phuoc/binh-long')], after: [d('binh-phuoc/binh-long'), d('binh-phuoc/hon-quan')], was: { type: 'huyện' }, resolution: null },
  { ...year(2009), kind: 'established', before: [d('binh-phuoc/phuoc-long')], after: [d('binh-phuoc/phuoc-long'), d('binh-phuoc/bu-gia-map')], was: { type: 'huyện' }, resolution: null },
  established(['gia-lai/chu-se'], ['gia-lai/chu-puh'], year(2009)),
  established(['kien-giang/kien-luong'], ['kien-giang/giang-thanh'], year(2009)),
  established(['soc-trang/long-phu', 'soc-trang/my-xuyen'], ['soc-trang/tran-de'], year(2009)),
  established(['ninh-thuan/ninh-phuoc'], ['ninh-thuan/thuan-nam'], year(2009)),
  // ---- 2010
  upgraded(['hai-duong/chi-linh'], 'huyện', between('2010-02-12', '2010-04-01'), 'Nghị quyết 09/NQ-CP'),
  upgraded(['hue/huong-thuy', 'khanh-hoa/ninh-hoa'], 'huyện', year(2010)),
  upgraded(
    ['tuyen-quang/tuyen-quang', 'ha-giang/ha-giang', 'lam-dong/bao-loc', 'tra-vinh/tra-vinh', 'bac-lieu/bac-lieu', 'hau-giang/vi-thanh', 'khanh-hoa/cam-ranh'],
    'thị xã',
    year(2010),
  ),
  // ---- 2011
  upgraded(['binh-duong/thuan-an', 'binh-duong/di-an'], 'huyện', on('2011-01-13'), 'Nghị quyết 04/NQ-CP'),
  upgraded(['quang-ninh/uong-bi'], 'thị xã', year(2011)),
  upgraded(['hue/huong-tra', 'soc-trang/vinh-chau', 'binh-dinh/an-nhon'], 'huyện', year(2011)),
  { ...year(2011), kind: 'renamed', before: [d('quang-ninh/yen-hung')], after: [d('quang-ninh/quang-yen')], resolution: null },
  established(['tuyen-quang/na-hang', 'tuyen-quang/chiem-hoa'], ['tuyen-quang/lam-binh'], year(2011)),
  // ---- 2012
  upgraded(['quang-ninh/cam-pha', 'cao-bang/cao-bang', 'binh-duong/thu-dau-mot', 'ba-ria-vung-tau/ba-ria'], 'thị xã', year(2012)),
  upgraded(['vinh-long/binh-minh'], 'huyện', year(2012)),
  established(['dien-bien/muong-nhe'], ['dien-bien/nam-po'], year(2012)),
  established(['lai-chau/muong-te', 'lai-chau/sin-ho'], ['lai-chau/nam-nhun'], year(2012)),
  // ---- 2013
  upgraded(['lai-chau/lai-chau', 'an-giang/chau-doc', 'dong-thap/sa-dec', 'tay-ninh/tay-ninh'], 'thị xã', year(2013)),
  established(['son-la/moc-chau'], ['son-la/van-ho'], year(2013)),
  established(['nghe-an/quynh-luu'], ['nghe-an/hoang-mai'], year(2013)),
  established(['long-an/moc-hoa'], ['long-an/kien-tuong'], year(2013)),
  established(['tien-giang/cai-lay-huyen'], ['tien-giang/cai-lay-thi-xa'], year(2013)),
  established(['quang-binh/quang-trach'], ['quang-binh/ba-don'], year(2013)),
  upgraded(['soc-trang/nga-nam'], 'huyện', between('2013-12-29', '2014-04-29')),
  { ...between('2013-12-29', '2014-04-30'), kind: 'established', before: [d('binh-duong/ben-cat')], after: [d('binh-duong/ben-cat'), d('binh-duong/bau-bang')], was: { type: 'huyện' }, resolution: null },
  { ...between('2013-12-29', '2014-04-30'), kind: 'established', before: [d('binh-duong/tan-uyen')], after: [d('binh-duong/tan-uyen'), d('binh-duong/bac-tan-uyen')], was: { type: 'huyện' }, resolution: null },
  // ---- 2014
  { ...between('2013-12-27', '2014-04-01'), kind: 'split', before: [d('ha-noi/tu-liem')], after: [d('ha-noi/bac-tu-liem'), d('ha-noi/nam-tu-liem')], resolution: 'Nghị quyết 132/NQ-CP' },
  // ---- 2015
  upgraded(['bac-kan/bac-kan'], 'thị xã', between('2015-03-11', '2015-05-01'), 'Nghị quyết 892/NQ-UBTVQH13'),
  upgraded(['ninh-binh/tam-diep', 'thai-nguyen/song-cong'], 'thị xã', year(2015)),
  upgraded(['quang-ninh/dong-trieu', 'quang-nam/dien-ban', 'thai-nguyen/pho-yen', 'bac-lieu/gia-rai'], 'huyện', year(2015)),
  established(['ha-tinh/ky-anh-huyen'], ['ha-tinh/ky-anh-thi-xa'], year(2015)),
  established(['tra-vinh/duyen-hai-huyen'], ['tra-vinh/duyen-hai-thi-xa'], year(2015)),
  established(['hau-giang/long-my-huyen'], ['hau-giang/long-my-thi-xa'], year(2015)),
  established(['binh-phuoc/bu-gia-map'], ['binh-phuoc/phu-rieng'], year(2015)),
  established(['kon-tum/sa-thay'], ['kon-tum/ia-h-drai'], year(2015)),
  // ---- 2017
  upgraded(['thanh-hoa/sam-son'], 'thị xã', year(2017)),
  // ---- 2018
  { ...between('2018-04-12', '2018-05-18'), kind: 'renamed', before: [d('ba-ria-vung-tau/tan-thanh')], after: [d('ba-ria-vung-tau/phu-my')], resolution: 'Nghị quyết 492/NQ-UBTVQH14' },
  upgraded(['kien-giang/ha-tien', 'vinh-phuc/phuc-yen', 'binh-phuoc/dong-xoai'], 'thị xã', year(2018)),
  // ---- 2019
  upgraded(['hai-duong/chi-linh'], 'thị xã', on('2019-03-01'), 'Nghị quyết 623/NQ-UBTVQH14'),
  upgraded(['dong-nai/long-khanh'], 'thị xã', on('2019-06-01'), 'Nghị quyết 673/NQ-UBTVQH14'),
  upgraded(['lao-cai/sa-pa'], 'huyện', between('2019-09-11', '2019-11-01'), 'Nghị quyết 767/NQ-UBTVQH14'),
  upgraded(['hai-duong/kinh-mon'], 'huyện', on('2019-11-01'), 'Nghị quyết 768/NQ-UBTVQH14'),
  // ---- 2020
  merged(['quang-ninh/hoanh-bo', 'quang-ninh/ha-long'], 'quang-ninh/ha-long', between('2019-12-17', '2020-01-01')),
  merged(['hoa-binh/ky-son', 'hoa-binh/hoa-binh'], 'hoa-binh/hoa-binh', between('2019-12-17', '2020-02-01')),
  upgraded(['ha-nam/duy-tien'], 'huyện', on('2020-01-01'), 'Nghị quyết 829/NQ-UBTVQH14'),
  upgraded(['dak-nong/gia-nghia'], 'thị xã', on('2020-01-01'), 'Nghị quyết 835/NQ-UBTVQH14'),
  upgraded(['binh-duong/thuan-an', 'binh-duong/di-an'], 'thị xã', on('2020-02-01'), 'Nghị quyết 857/NQ-UBTVQH14'),
  merged(['cao-bang/phuc-hoa', 'cao-bang/quang-uyen'], 'cao-bang/quang-hoa', between('2020-02-11', '2020-03-01')),
  merged(['cao-bang/tra-linh', 'cao-bang/trung-khanh'], 'cao-bang/trung-khanh', between('2020-02-11', '2020-03-01')),
  merged(['cao-bang/thong-nong', 'cao-bang/ha-quang'], 'cao-bang/ha-quang', between('2020-02-11', '2020-03-01')),
  merged(['quang-ngai/tay-tra', 'quang-ngai/tra-bong'], 'quang-ngai/tra-bong', year(2020)),
  upgraded(['quang-ngai/duc-pho', 'tay-ninh/hoa-thanh', 'tay-ninh/trang-bang'], 'huyện', year(2020)),
  upgraded(['dong-thap/hong-ngu-thanh-pho', 'hau-giang/nga-bay'], 'thị xã', year(2020)),
  upgraded(['binh-dinh/hoai-nhon', 'phu-yen/dong-hoa'], 'huyện', between('2020-04-22', '2020-07-01')),
  { ...between('2020-04-22', '2020-07-01'), kind: 'renamed', before: [d('thanh-hoa/tinh-gia')], after: [d('thanh-hoa/nghi-son')], resolution: null },
  // ---- 2021
  merged(['ho-chi-minh/2', 'ho-chi-minh/9', 'ho-chi-minh/thu-duc-quan'], 'ho-chi-minh/thu-duc', on('2021-01-01'), 'Nghị quyết 1111/NQ-UBTVQH14'),
  upgraded(['kien-giang/phu-quoc'], 'huyện', on('2021-02-01'), 'Nghị quyết 1253/NQ-UBTVQH14'),
  upgraded(['bac-ninh/tu-son'], 'thị xã', on('2021-11-01')),
  // ---- 2022
  upgraded(['thai-nguyen/pho-yen'], 'thị xã', on('2022-04-10'), 'Nghị quyết 469/NQ-UBTVQH15'),
  upgraded(['binh-phuoc/chon-thanh'], 'huyện', on('2022-10-01'), 'Nghị quyết 570/NQ-UBTVQH15'),
  // ---- 2023
  upgraded(['an-giang/tinh-bien'], 'huyện', on('2023-04-10'), 'Nghị quyết 721/NQ-UBTVQH15'),
  upgraded(['bac-ninh/thuan-thanh', 'bac-ninh/que-vo'], 'huyện', on('2023-04-10'), 'Nghị quyết 723/NQ-UBTVQH15'),
  upgraded(['binh-duong/tan-uyen'], 'thị xã', on('2023-04-10'), 'Nghị quyết 725/NQ-UBTVQH15'),
  // ---- 2024
  upgraded(['bac-giang/viet-yen'], 'huyện', on('2024-02-01'), 'Nghị quyết 938/NQ-UBTVQH15'),
  upgraded(['binh-duong/ben-cat'], 'thị xã', on('2024-05-01'), 'Nghị quyết 1012/NQ-UBTVQH15'),
  upgraded(['tien-giang/go-cong'], 'thị xã', on('2024-05-01'), 'Nghị quyết 1013/NQ-UBTVQH15'),
  // The 2023-2025 arrangement of district- and commune-level units.
  merged(['nam-dinh/my-loc', 'nam-dinh/nam-dinh'], 'nam-dinh/nam-dinh', on('2024-09-01'), 'Nghị quyết 1104/NQ-UBTVQH15'),
  merged(['thanh-hoa/dong-son', 'thanh-hoa/thanh-hoa'], 'thanh-hoa/thanh-hoa', between('2024-07-30', '2025-01-01')),
  upgraded(['quang-ninh/dong-trieu'], 'thị xã', on('2024-11-01'), 'Nghị quyết 1199/NQ-UBTVQH15'),
  established(['bac-giang/luc-ngan'], ['bac-giang/chu'], between('2024-09-28', '2024-12-21'), 'Nghị quyết 1191/NQ-UBTVQH15'),
  merged(['nghe-an/cua-lo', 'nghe-an/vinh'], 'nghe-an/vinh', on('2024-12-01'), 'Nghị quyết 1243/NQ-UBTVQH15'),
  merged(['quang-nam/nong-son', 'quang-nam/que-son'], 'quang-nam/que-son', on('2025-01-01'), 'Nghị quyết 1241/NQ-UBTVQH15'),
  merged(['ninh-binh/ninh-binh', 'ninh-binh/hoa-lu-huyen'], 'ninh-binh/hoa-lu', between('2024-12-10', '2025-01-01'), 'Nghị quyết 1318/NQ-UBTVQH15'),
  upgraded(['hai-phong/an-duong', 'hai-phong/thuy-nguyen'], 'huyện', on('2025-01-01'), 'Nghị quyết 1232/NQ-UBTVQH15'),
  upgraded(['ha-nam/kim-bang'], 'huyện', between('2024-11-13', '2025-01-01')),
  upgraded(['son-la/moc-chau', 'hue/phong-dien'], 'huyện', between('2024-01-01', '2025-06-30')),
  { ...on('2025-01-01'), kind: 'upgraded', before: ['p:hue'], after: ['p:hue'], was: { type: 'tỉnh', name: 'Thừa Thiên Huế' }, resolution: 'Nghị quyết 175/2024/QH15' },
  { ...on('2025-01-01'), kind: 'split', before: [d('hue/hue')], after: [d('hue/phu-xuan'), d('hue/thuan-hoa')], resolution: 'Nghị quyết 1314/NQ-UBTVQH15' },
  upgraded(['ba-ria-vung-tau/phu-my'], 'thị xã', on('2025-03-01'), 'Nghị quyết 1365/NQ-UBTVQH15'),
];
