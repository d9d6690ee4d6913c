import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../../src/annotate/annotate-blocks';
import { findDefinitions } from '../../../src/annotate/find-mentions';
import { realLexicon } from '../../support/lexicon';

const BEFORE = '2022-03-15T10:10:00+07:00';
const AFTER = '2025-08-01T09:00:00+07:00';

/** The marks of one paragraph as `kind:text=key`. */
function marks(text: string, published: string | null = BEFORE, article: string[] = []) {
  const blocks = [text, ...article];
  const { marks: specs, infos } = annotateBlocks(realLexicon(), blocks, published);
  return specs[0]!.map(([s, e, i]) => `${infos[i]!.kind}:${text.slice(s, e)}=${infos[i]!.key}`);
}

function info(text: string, phrase: string, published: string | null = BEFORE, article: string[] = []) {
  const { marks: specs, infos } = annotateBlocks(realLexicon(), [text, ...article], published);
  const spec = specs[0]!.find(([s, e]) => text.slice(s, e) === phrase);
  if (!spec) throw new Error(`${phrase} not marked`);
  return infos[spec[2]]!;
}

describe('places', () => {
  it('marks the name and not its type word, and reads "Hải Dương" as the province', () => {
    expect(marks('Lãnh đạo tỉnh Hải Dương đã làm việc với TP. Hải Phòng.')).toEqual([
      'place:Hải Dương=p0:hai-duong',
      'abbr:TP.=TP.',
      'place:Hải Phòng=p0:hai-phong',
    ]);
  });

  it('takes the longest name: "Bà Rịa - Vũng Tàu" is one place, with any dash', () => {
    expect(marks('Tỉnh Bà Rịa - Vũng Tàu')).toEqual(['place:Bà Rịa - Vũng Tàu=p0:ba-ria-vung-tau']);
    expect(marks('Tỉnh Bà Rịa – Vũng Tàu')).toEqual(['place:Bà Rịa – Vũng Tàu=p0:ba-ria-vung-tau']);
  });

  it('keeps case: hòa bình is peace, Hòa Bình the province', () => {
    expect(marks('Vì một nền hòa bình lâu dài.')).toEqual([]);
    expect(marks('Tỉnh Hòa Bình có nhiều đồi núi.')).toEqual(['place:Hòa Bình=p0:hoa-binh']);
  });

  it('treats old and new tone placement and NFD text alike', () => {
    const old = marks('huyện Thủy Nguyên (Hải Phòng)');
    expect(marks('huyện Thuỷ Nguyên (Hải Phòng)').map((m) => m.split('=')[1])).toEqual(old.map((m) => m.split('=')[1]));
    const nfd = 'huyện Thủy Nguyên (Hải Phòng)'.normalize('NFD');
    expect(marks(nfd).map((m) => m.split('=')[1])).toEqual(old.map((m) => m.split('=')[1]));
    // The mark covers the page's own (decomposed) characters.
    expect(marks(nfd)[0]).toBe(`place:${'Thủy Nguyên'.normalize('NFD')}=d0:hai-phong/thuy-nguyen`);
  });

  it('marks a ward or commune only after its type word', () => {
    expect(marks('xã Kim Tân (Kim Thành, Hải Dương)')[0]).toBe('place:Kim Tân=w0:hai-duong/kim-thanh/kim-tan');
    expect(marks('cầu Quang Thanh và Kim Tân')).toEqual([]);
  });

  it('does not mark a place-like word inside a person’s name', () => {
    expect(marks('Ông Nguyễn Thái Bình, hiệu trưởng, cho biết.')).toEqual([]);
    expect(marks('Bà Lê Thị Hà Nam phát biểu.')).toEqual([]);
    expect(marks('ông Thái Bình cho biết')).toEqual([]);
  });

  it('does not mark inside a URL or an e-mail address', () => {
    expect(marks('Xem https://hanoi.gov.vn/Ha-Noi hoặc gửi tới hanoi@Ha-Noi.vn')).toEqual([]);
  });

  it('does not take a bridge or a ferry for the place it is named after', () => {
    expect(marks('xây dựng cầu Hải Dương và phà Hải Phòng')).toEqual([]);
  });

  it('resolves an ambiguous district by the parent named next to it', () => {
    expect(marks('huyện An Lão (Hải Phòng)')[0]).toBe('place:An Lão=d0:hai-phong/an-lao');
    expect(marks('huyện An Lão, tỉnh Bình Định')[0]).toBe('place:An Lão=d0:binh-dinh/an-lao');
    expect(marks('huyện Châu Thành, tỉnh Hậu Giang')[0]).toBe('place:Châu Thành=d0:hau-giang/chau-thanh');
  });

  it('resolves it by the province the article talks about elsewhere', () => {
    const article = ['Tỉnh Bình Định đẩy mạnh du lịch.', 'Bình Định có nhiều bãi biển.'];
    expect(marks('Huyện An Lão có nhiều đồi núi.', BEFORE, article)[0]).toBe('place:An Lão=d0:binh-dinh/an-lao');
  });

  it('lists the candidates when nothing says which one is meant', () => {
    const tip = info('Huyện Châu Thành có nhiều vườn cây.', 'Châu Thành');
    expect(tip.candidates!.length).toBeGreaterThanOrEqual(8);
    expect(tip.key.split('|').every((id) => id.startsWith('d0:') && id.endsWith('/chau-thanh'))).toBe(true);
  });

  it('uses the map at the article’s date', () => {
    const before = info('TP. Hải Phòng', 'Hải Phòng', BEFORE);
    expect(before.key).toBe('p0:hai-phong');
    expect(before.vi.join(' ')).toContain('hợp nhất từ thành phố Hải Phòng và tỉnh Hải Dương');
    const after = info('TP. Hải Phòng', 'Hải Phòng', AFTER);
    expect(after.key).toBe('p1:hai-phong');
    expect(after.vi.join(' ')).toContain('từ 1/7/2025');
  });

  it('explains Kinh Môn in a 2022 article: a thị xã of Hải Dương, now part of Hải Phòng', () => {
    const tip = info('thị xã Kinh Môn', 'Kinh Môn');
    expect(tip.vi[0]).toBe('Thị xã thuộc tỉnh Hải Dương (thời điểm bài viết).');
    expect(tip.vi[1]).toContain('thành phố Hải Phòng');
    expect(tip.en).toContain('Town of Hải Dương province');
  });

  it('says what type a district had at the article’s date, and what it became', () => {
    expect(info('thị xã Đông Triều', 'Đông Triều').vi[0]).toBe(
      'Thị xã thuộc tỉnh Quảng Ninh (thời điểm bài viết); thành phố từ 1/11/2024 (Nghị quyết 1199/NQ-UBTVQH15).',
    );
  });
});

describe('abbreviations', () => {
  it('expands KT-XH and QP-AN with English glosses', () => {
    expect(info('phát triển KT-XH gắn với QP-AN', 'KT-XH').vi[0]).toBe('kinh tế - xã hội');
    expect(info('phát triển KT-XH gắn với QP-AN', 'KT-XH').en).toBe('socio-economic');
    expect(info('phát triển KT-XH gắn với QP-AN', 'QP-AN').vi[0]).toBe('quốc phòng - an ninh');
  });

  it('marks road designations with their number as one mark, in every spelling', () => {
    expect(marks('QL.10, QL 1A, QL1A, ĐT.390, ĐT 398B và TL.10')).toEqual([
      'abbr:QL.10=QL',
      'abbr:QL 1A=QL',
      'abbr:QL1A=QL',
      'abbr:ĐT.390=ĐT',
      'abbr:ĐT 398B=ĐT',
      'abbr:TL.10=TL',
    ]);
    expect(info('nối QL.10 với', 'QL.10').vi[0]).toBe('quốc lộ 10');
  });

  it('reads "ĐT: 0912…" as a telephone number, not a road', () => {
    expect(info('Liên hệ ĐT: 0912 345 678', 'ĐT').vi[0]).toBe('điện thoại');
    expect(info('nối ĐT.390 với', 'ĐT.390').vi[0]).toBe('đường tỉnh 390');
  });

  it('picks the sense the article’s subject calls for (BTV)', () => {
    const party = ['Hội nghị Ban Chấp hành Đảng bộ tỉnh, Tỉnh ủy và Bí thư tỉnh ủy đã họp.'];
    expect(info('Ủy viên BTV Tỉnh ủy', 'BTV', BEFORE, party).vi[0]).toBe('Ban Thường vụ');
    const tv = ['Chương trình bản tin thời sự của đài truyền hình.'];
    expect(info('BTV dẫn chương trình', 'BTV', BEFORE, tv).vi[0]).toBe('biên tập viên');
  });

  it('matches exact letters only, at word boundaries', () => {
    expect(marks('Ubnd và kt-xh viết thường, UBNDX không phải từ viết tắt')).toEqual([]);
  });

  it('gives an unknown all-capitals token no mark', () => {
    expect(marks('Công ty XYZQ và dự án ABCDE')).toEqual([]);
  });

  it('learns an abbreviation the article defines, and its definition wins', () => {
    const tip = info('Hồ sơ khoa học (HSKH) đã hoàn thiện; HSKH gửi UNESCO.', 'HSKH');
    expect(tip.vi[0]).toBe('Hồ sơ khoa học');
    expect(tip.definedInArticle).toBe(true);
    expect(marks('Hồ sơ khoa học (HSKH) đã hoàn thiện; HSKH gửi UNESCO.').filter((m) => m.startsWith('abbr:HSKH'))).toHaveLength(2);
    const own = info('Ủy ban nhân dân (UBND) tỉnh; UBND', 'UBND');
    expect(own.definedInArticle).toBe(true);
  });

  it('applies a definition made in one paragraph to the others', () => {
    const { marks: specs, infos } = annotateBlocks(
      realLexicon(),
      ['Trung tâm Dữ liệu quốc gia (TTDLQG) khai trương.', 'TTDLQG sẽ lưu trữ dữ liệu.'],
      AFTER,
    );
    const second = specs[1]!.map(([, , i]) => infos[i]!);
    expect(second[0]?.vi[0]).toBe('Trung tâm Dữ liệu quốc gia');
  });
});

describe('findDefinitions', () => {
  it('reads expansions whose initials spell the abbreviation, "và" standing for "&"', () => {
    expect(findDefinitions('Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) cho biết')).toEqual([
      { form: 'NN&PTNT', expansion: 'Nông nghiệp và Phát triển nông thôn' },
    ]);
    expect(findDefinitions('phát triển kinh tế - xã hội (KT-XH) nhanh')).toEqual([
      { form: 'KT-XH', expansion: 'kinh tế - xã hội' },
    ]);
  });

  it('ignores parentheses that are not definitions', () => {
    expect(findDefinitions('thị xã Quảng Yên (Quảng Ninh)')).toEqual([]);
    expect(findDefinitions('đội bóng (HAGL) thắng')).toEqual([]);
  });
});

describe('real news: lists, prefixes, numbers, context, spellings, names of other things', () => {
  const texts = (text: string, published: string | null = BEFORE, article: string[] = []) =>
    marks(text, published, article).map((m) => m.split('=')[0]);

  it('gives one type word to every name of a list, and stops at the first word that is not a name', () => {
    expect(texts('Mưa lớn gây sạt lở tại các xã Tả Van, Bản Hồ và Trung Chải của huyện Sa Pa.')).toEqual([
      'place:Tả Van', 'place:Bản Hồ', 'place:Trung Chải', 'place:Sa Pa',
    ]);
    expect(texts('2 phường An Cựu và An Đông được sáp nhập.', '2019-06-01T08:00:00+07:00')).toEqual([
      'place:An Cựu', 'place:An Đông',
    ]);
    // After the list, a capitalised word that is no unit is not read as one.
    expect(texts('xã Tả Van và Bản Hồ. Trung Chải')).toEqual(['place:Tả Van', 'place:Bản Hồ']);
  });

  it('reads an address as an address, not a list: the names after a ward are its district and province', () => {
    const found = marks('Vụ việc xảy ra tại xã Kim Tân, Kim Thành, Hải Dương.');
    expect(found).toEqual([
      'place:Kim Tân=w0:hai-duong/kim-thanh/kim-tan',
      'place:Kim Thành=d0:hai-duong/kim-thanh',
      'place:Hải Dương=p0:hai-duong',
    ]);
  });

  it('resolves the names of a list of wards as wards of one city', () => {
    const found = marks('Các phường Hồng Bàng, Lê Chân và Ngô Quyền đã hoàn thành.', AFTER);
    expect(found.map((m) => m.split('=')[1]!.split('/')[0])).toEqual(['w1:hai-phong', 'w1:hai-phong', 'w1:hai-phong']);
  });

  it('reads abbreviated and glued type prefixes as marks of their own and as the type cue', () => {
    expect(texts('tại P.Bến Thành, Q.1 và Q. Bình Thạnh', '2020-05-01T08:00:00+07:00')).toEqual([
      'abbr:P.', 'place:Bến Thành', 'place:Q.1', 'abbr:Q.', 'place:Bình Thạnh',
    ]);
    expect(texts('H.Củ Chi, TT.Củ Chi và X.Tân Thông Hội', '2020-05-01T08:00:00+07:00')).toEqual([
      'abbr:H.', 'place:Củ Chi', 'abbr:TT.', 'place:Củ Chi', 'abbr:X.', 'place:Tân Thông Hội',
    ]);
    const ward = marks('UBND P.Kiến An vừa họp.', '2025-09-01T08:00:00+07:00').find((m) => m.startsWith('place:'));
    expect(ward).toBe('place:Kiến An=w1:hai-phong/kien-an');
    // A person's initial is not a prefix.
    expect(texts('Anh Nguyễn Văn P. cho biết')).toEqual([]);
  });

  it('marks numbered units with their type word as the unit they were at the article’s date', () => {
    expect(marks('Nhà ở P.7, Q.5, TP.HCM', '2019-01-01T08:00:00+07:00').slice(0, 2)).toEqual([
      'place:P.7=w0:ho-chi-minh/5/7',
      'place:Q.5=d0:ho-chi-minh/5',
    ]);
    expect(texts('Người dân quận 8 và phường 12, quận Gò Vấp')).toEqual(['place:quận 8', 'place:phường 12', 'place:Gò Vấp']);
  });

  it('decides an ambiguous name by the unit the article names after it, also the former one', () => {
    const tip = info('phường Phú An (TP Bến Cát cũ) đã có nhiều đổi mới.', 'Phú An', AFTER);
    expect(tip.key).toBe('w1:ho-chi-minh/phu-an');
    expect(marks('huyện Châu Thành, Tiền Giang')[0]).toBe('place:Châu Thành=d0:tien-giang/chau-thanh');
  });

  it('finds the spellings real news uses for the same unit', () => {
    expect(marks('huyện Mù Căng Chải, tỉnh Yên Bái')[0]).toBe('place:Mù Căng Chải=d0:yen-bai/mu-cang-chai');
    expect(marks('tỉnh Đắc Lắc')[0]).toBe('place:Đắc Lắc=p0:dak-lak');
    expect(marks('tỉnh Kontum')[0]).toBe('place:Kontum=p0:kon-tum');
    expect(marks('tỉnh Bà Rịa-Vũng Tàu')[0]).toBe('place:Bà Rịa-Vũng Tàu=p0:ba-ria-vung-tau');
  });

  it('does not mark a place name inside the name of something else', () => {
    expect(texts('Người dân thôn Lâm Đồng và ấp Long An')).toEqual([]);
    expect(texts('Học sinh Trường THPT Kim Thành và Công ty CP Xi măng Hải Phòng')).toEqual(['abbr:THPT', 'abbr:CP']);
    expect(texts('trên đường Hai Bà Trưng, phố Huế')).toEqual([]);
    expect(texts('Lượng mưa đo được: Tam Đảo 215 mm, Hà Nội 80 mm')).toEqual([]);
    // A place with its type word is the place, whatever stands before.
    expect(texts('Bệnh viện đa khoa tỉnh Thái Bình')).toEqual(['place:Thái Bình']);
  });

  it('reads "TP - " opening an article as the newspaper Tiền Phong, not "thành phố"', () => {
    expect(marks('TP - Sáng qua, UBND TP Hà Nội họp.')[0]).toBe('abbr:TP=TP (Tiền Phong)');
    expect(info('TP - Sáng qua, UBND TP Hà Nội họp.', 'TP').vi[0]).toContain('Tiền Phong');
    expect(marks('Sáng qua, TP - đô thị lớn nhất - họp.').some((m) => m.includes('Tiền Phong'))).toBe(false);
  });

  it('explains abbreviations written together as one mark with every part', () => {
    const tip = info('Họp liên tịch UBND-HĐND-MTTQ xã', 'UBND-HĐND-MTTQ');
    expect(tip.vi[0]).toMatch(/^Ủy ban nhân dân - Hội đồng nhân dân - Mặt trận Tổ quốc/iu);
    expect(tip.key).toBe('UBND+HĐND+MTTQ');
  });
});

describe('review: odd input, and units the data does not have', () => {
  const BLOCKS = ['', ' ', '(', ')', '((', 'P.', 'P. ', 'Q.', 'xã', 'xã ', 'các xã', 'các xã Tân An,', 'các xã Tân An (', 'các xã Tân An, (Hiệp',
    'P.7', 'P.7,', 'Q.3)', '(P.7, Q.3', 'quận 8', 'TP', 'TP -', '- ', ', các xã Tân An, Hiệp Phước', 'các phường Tân An, Hiệp An (TP'];

  it('never throws, and every mark lies inside its block, in order, without overlap, also in NFD text', () => {
    for (const raw of BLOCKS) {
      for (const text of [raw, raw.normalize('NFD')]) {
        const { marks: specs } = annotateBlocks(realLexicon(), [text, text], AFTER);
        for (const list of specs) {
          let last = 0;
          for (const [s, e] of list) {
            expect(s).toBeGreaterThanOrEqual(last);
            expect(e).toBeGreaterThan(s);
            expect(e).toBeLessThanOrEqual(text.length);
            last = e;
          }
        }
      }
    }
  });

  it('marks an unknown name that ends a list at the very end of a block, with NFD offsets', () => {
    const text = 'các xã Tân An, Hiệp Phước, Lạc Tiên Mỹ'.normalize('NFD');
    // The mark covers the page's own characters; the key is the name as read (NFC).
    expect(marks(text).at(-1)).toBe(`place:${'Lạc Tiên Mỹ'.normalize('NFD')}=unlisted:xã Lạc Tiên Mỹ`);
  });

  it('does not read foreign places in a list of units as units the data does not have', () => {
    const unlisted = (text: string) => marks(text).filter((m) => m.includes('=unlisted:'));
    expect(unlisted('các quận Tân Bình, Gò Vấp, Tokyo và Manhattan')).toEqual([]);
    expect(unlisted('các huyện Tân Phú, Định Quán, Washington, Brooklyn')).toEqual([]);
    expect(unlisted('các huyện Tân Phú, Trung Quốc, Lào')).toEqual([]);
    expect(unlisted('các quận Tân Bình, Gò Vấp, Quận Cam (Mỹ)')).toEqual([]);
    expect(unlisted('các huyện Mường Tè, Sìn Hồ, Phong Thổ (Lai Châu), Vân Nam (Trung Quốc)')).toEqual([]);
  });

  it('does not carry a list across "giáp", "sang" or "qua" to a name the data does not have', () => {
    const unlisted = (text: string) => marks(text).filter((m) => m.includes('=unlisted:'));
    expect(unlisted('huyện Mường Tè giáp Vân Nam (Trung Quốc)')).toEqual([]);
    expect(unlisted('xã Tân Hiệp giáp Campuchia, còn xã Tân An giáp biển')).toEqual([]);
    expect(unlisted('huyện Mường Tè sang Vân Nam, Trung Quốc')).toEqual([]);
  });

  it('does not read a person named after a list as a unit', () => {
    expect(marks('các xã Tân An, Tân Hiệp, Ông Nguyễn Văn Hai, Chủ tịch UBND xã').filter((m) => m.includes('=unlisted:'))).toEqual([]);
  });
});

describe('review: an initial in a byline is not a unit prefix', () => {
  it('reads "Ảnh: H. Bình Minh" and "TS. H. Gia Lâm" as people, not as huyện', () => {
    expect(marks('Ảnh: H. Bình Minh')).toEqual([]);
    expect(marks('Bài và ảnh: P. Hải An')).toEqual([]);
    expect(marks('Theo TS. H. Gia Lâm, chuyên gia')).toEqual(['abbr:TS=TS']);
    // The prefix before a unit is still read.
    expect(marks('Ông A ở H.Thanh Hà (Hải Dương)').slice(0, 2)).toEqual(['abbr:H.=H.', 'place:Thanh Hà=d0:hai-duong/thanh-ha']);
  });

  it('holds for the rules that could catch ordinary words after a type word', () => {
    expect(marks('Chương trình phát triển kinh tế - xã Hội')).toEqual([]);
    expect(marks('Tỉnh Ủy Hà Nội họp')).toEqual(['place:Hà Nội=p:ha-noi']);
    expect(marks('Mưa lớn ở các tỉnh Vân Nam, Quảng Tây')).toEqual([]);
    expect(marks('các tỉnh Lào Cai, Vân Nam (Trung Quốc)')).toEqual(['place:Lào Cai=p0:lao-cai']);
  });
});

describe('review: hostile compounds', () => {
  it('keeps a compound abbreviation to a few parts, however long the chain', () => {
    const chain = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'HĐND' : 'UBND')).join('-');
    const found = marks(chain);
    expect(found.length).toBeGreaterThan(1);
    for (const m of found) expect(m.split('=')[1]!.split('+').length).toBeLessThanOrEqual(6);
    expect(found[0]).toBe('abbr:UBND-HĐND-UBND-HĐND-UBND-HĐND=UBND+HĐND+UBND+HĐND+UBND+HĐND');
  });
});

describe('review: addresses', () => {
  it('still leaves out an e-mail address found from the start of its run (now bounded)', () => {
    expect(marks('Liên hệ: ubnd.Hai-Duong@gmail.com, tỉnh Hải Dương')).toEqual(['place:Hải Dương=p0:hai-duong']);
    expect(marks(`${'a'.repeat(2000)} Hà Nội@x.vn`)).toEqual([]);
  });
});
