import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange, readerNormalize } from '../../../src/highlight/selectors';
import type { Selector } from '../../../src/highlight/selectors';

const P1 =
  'Sở Y tế TP Hà Nội phối hợp với Sở GD-ĐT triển khai chương trình khám sàng lọc sức khỏe miễn phí cho hơn 20.000 ' +
  'học sinh THPT, ưu tiên các trường ở quận Cầu Giấy và huyện Thanh Trì.';
const P2 =
  'Theo kế hoạch, các đoàn khám sẽ đến từng trường trong tháng 11. Học sinh được đo thị lực, khám răng miệng, ' +
  'tư vấn dinh dưỡng và sức khỏe tâm thần; kết quả được gửi về gia đình qua nhà trường.';
const P3 =
  'Tại Huế, chương trình tương tự đã giúp phát hiện sớm nhiều trường hợp cận thị. Ông Nguyễn Văn Hòa, hiệu trưởng ' +
  'một trường THPT ở TP. Huế, cho biết phụ huynh rất yên tâm khi con em được khám định kỳ.';
const P4 =
  'Bộ GTVT đánh giá hạ tầng giao thông vùng ĐBSCL còn thiếu đồng bộ, nhiều tuyến quốc lộ nhỏ hẹp, xuống cấp, ' +
  'cầu yếu chưa được thay thế, khiến chi phí logistics của doanh nghiệp trong vùng cao hơn mức bình quân cả nước.';

/** The reader text of an article made of these paragraphs (block boundaries read as white space). */
const article = (...paragraphs: string[]) => readerNormalize(paragraphs.join('\n\n'));

/** Selectors for the `occurrence`-th (0-based) `phrase` in `text`, as a reader would have highlighted it. */
function highlight(text: string, phrase: string, occurrence = 0): Selector[] {
  const needle = readerNormalize(phrase);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`no ${phrase}`);
  const { quote, position } = describeRange(text, start, start + needle.length);
  return [quote, position];
}

/** What an anchor covers now, or null for an orphan. */
const covered = (text: string, selectors: readonly Selector[]) => {
  const anchor = anchorSelectors(text, selectors);
  return anchor && text.slice(anchor.start, anchor.end);
};

describe('readerNormalize', () => {
  it('folds tone placement, NFD and white space runs the same way on both sides', () => {
    expect(readerNormalize('Ông  Hòa\n\tnói')).toBe(readerNormalize('Ông Hoà nói'.normalize('NFD')));
    expect(readerNormalize('a\u00a0 b')).toBe('a b');
  });
});

describe('describeRange', () => {
  it('keeps the quote, up to 32 units of context each side and the position', () => {
    const text = article(P1, P2);
    const start = text.indexOf('khám sàng lọc');
    const { quote, position } = describeRange(text, start, start + 'khám sàng lọc'.length);
    expect(quote.exact).toBe('khám sàng lọc');
    expect(quote.prefix).toBe(text.slice(start - 32, start));
    expect(quote.suffix).toBe(text.slice(position.end, position.end + 32));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 13 });
  });

  it('leaves out spaces at the edges and cuts context at the text edges', () => {
    const text = 'Hà Nội mùa thu';
    const { quote, position } = describeRange(text, 0, 7, 4);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Hà Nội', prefix: '', suffix: ' mùa' });
    expect(position).toMatchObject({ start: 0, end: 6 });
  });

  it('rejects offsets outside the text', () => {
    expect(() => describeRange('abc', 2, 1)).toThrow(RangeError);
    expect(() => describeRange('abc', 0, 4)).toThrow(RangeError);
  });
});

describe('anchorSelectors', () => {
  it('finds an unchanged highlight at its old position', () => {
    const text = article(P1, P2, P3);
    const selectors = highlight(text, 'tư vấn dinh dưỡng và sức khỏe tâm thần');
    const anchor = anchorSelectors(text, selectors);
    expect(anchor).toMatchObject({ method: 'position', score: expect.closeTo(1, 1) });
    expect(text.slice(anchor!.start, anchor!.end)).toBe(readerNormalize('tư vấn dinh dưỡng và sức khỏe tâm thần'));
  });

  it('finds the quote again when a paragraph inserted before moved it by hundreds of units', () => {
    const before = article(P1, P2, P3);
    const selectors = highlight(before, 'phát hiện sớm nhiều trường hợp cận thị');
    const after = article(P4, P4.replace('Bộ GTVT', 'Bộ Xây dựng'), P1, P2, P3);
    const anchor = anchorSelectors(after, selectors);
    expect(anchor?.method).toBe('quote');
    expect(anchor!.start - before.indexOf('phát hiện sớm')).toBeGreaterThan(400);
    expect(anchor!.start).toBe(after.indexOf('phát hiện sớm nhiều trường hợp cận thị'));
  });

  it('picks, among repeated phrases, the occurrence whose prefix and suffix agree', () => {
    const text = article(P1, P2, P3);
    // "trường" and "chương trình" occur several times; the highlight is the second "chương trình".
    const selectors = highlight(text, 'chương trình', 1);
    const shifted = article(P4, P1, P2, P3);
    const anchor = anchorSelectors(shifted, selectors);
    expect(anchor!.start).toBe(shifted.indexOf('chương trình tương tự'));
  });

  it('chooses by distance to the old position when the same sentence repeats with the same context', () => {
    const sentence = 'Học sinh được đo thị lực miễn phí.';
    const text = article(P1, sentence, P4, sentence, P4, sentence);
    const selectors = highlight(text, 'đo thị lực', 1);
    const anchor = anchorSelectors(`${text.slice(0, 5)}xx ${text.slice(5)}`, selectors);
    expect(anchor!.start).toBe(text.indexOf('đo thị lực', text.indexOf('đo thị lực') + 1) + 3);
  });

  it('matches a highlight made on old-style "hòa" where the page now writes "hoà", and the other way round', () => {
    const old = article(P3);
    const selectors = highlight(old, 'Nguyễn Văn Hòa');
    const now = article(P1, P3.replace('Hòa', 'Hoà'));
    expect(covered(now, selectors)).toBe('Nguyễn Văn Hoà');

    const back = highlight(article(P3.replace('Hòa', 'Hoà')), 'Văn Hoà, hiệu trưởng');
    expect(covered(article(P2, P3), back)).toBe('Văn Hoà, hiệu trưởng');
  });

  it('matches a page that went NFD, with offsets in its reader text', () => {
    const selectors = highlight(article(P1), 'quận Cầu Giấy và huyện Thanh Trì');
    const nfd = article(P2.normalize('NFD'), P1.normalize('NFD'));
    expect(covered(nfd, selectors)).toBe('quận Cầu Giấy và huyện Thanh Trì');
  });

  it('ignores double spaces and line breaks that came or went', () => {
    const selectors = highlight(article(P2), 'kết quả được gửi về gia đình');
    const rewrapped = article(
      P1,
      P2.replace('kết quả được', 'kết  quả\n      được').replace('gia đình', 'gia\u00a0đình'),
    );
    expect(covered(rewrapped, selectors)).toBe('kết quả được gửi về gia đình');
    // Selectors stored by another client with raw white space in them.
    const raw: Selector[] = [
      { type: 'TextQuoteSelector', exact: 'kết   quả\nđược', prefix: 'sức khỏe  tâm thần; ', suffix: '' },
    ];
    expect(covered(rewrapped, raw)).toBe('kết quả được');
  });

  it('finds a short quote such as "Huế" only where its context still agrees', () => {
    const text = article(P1, P3);
    const selectors = highlight(text, 'Huế', 1); // "ở TP. Huế, cho biết"
    expect(covered(article(P4, P1, P3), selectors)).toBe('Huế');
    const found = anchorSelectors(article(P4, P1, P3), selectors)!;
    expect(article(P4, P1, P3).slice(found.start - 6, found.end)).toBe('ở TP. Huế');

    // The sentence around it is gone; "Huế" is still on the page, in another sentence: no wrong highlight.
    const rewritten = article(P1, P3.replace('một trường THPT ở TP. Huế, cho biết', 'một trường THPT cho hay'));
    expect(rewritten).toContain('Huế');
    expect(anchorSelectors(rewritten, selectors)).toBeNull();
  });

  it('does not move "TP." to another occurrence whose context is different', () => {
    const text = article(P1, P3);
    const selectors = highlight(text, 'TP.');
    const moved = article(P1, 'Đoàn công tác của TP. Đà Nẵng đến thăm trường.', P3.replace('ở TP. Huế', 'ở Huế'));
    expect(anchorSelectors(moved, selectors)).toBeNull();
  });

  it('finds a quote with a word changed inside it, fuzzily', () => {
    const selectors = highlight(article(P1, P4), 'nhiều tuyến quốc lộ nhỏ hẹp, xuống cấp, cầu yếu chưa được thay thế');
    const edited = article(P1, P4.replace('xuống cấp', 'hư hỏng'));
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor?.method).toBe('fuzzy');
    expect(edited.slice(anchor!.start, anchor!.end)).toBe(
      'nhiều tuyến quốc lộ nhỏ hẹp, hư hỏng, cầu yếu chưa được thay thế',
    );
  });

  it('finds a 200-unit quote after a one-character edit', () => {
    const text = article(P1, P2, P3, P4);
    const start = text.indexOf('Theo kế hoạch');
    const { quote, position } = describeRange(text, start, start + 200);
    const edited = `${text.slice(0, start + 100)}x${text.slice(start + 101)}`;
    const anchor = anchorSelectors(edited, [quote, position]);
    expect(anchor).toMatchObject({ method: 'fuzzy', start, end: start + 200 });
    expect(anchor!.score).toBeGreaterThan(0.95);
  });

  it('returns null for a deleted passage rather than a similar one elsewhere', () => {
    const text = article(P1, P2, P3, P4);
    const selectors = highlight(text, 'khám răng miệng, tư vấn dinh dưỡng và sức khỏe tâm thần');
    expect(anchorSelectors(article(P1, P3, P4), selectors)).toBeNull();
    // A near copy of the sentence in another context is not the highlight either.
    const similar = 'Học sinh tiểu học được khám mắt, khám răng, tư vấn dinh dưỡng và tâm lý học đường.';
    expect(anchorSelectors(article(P1, similar, P3, P4), selectors)).toBeNull();
  });

  it('returns null for a medium quote that now only appears in an unrelated sentence', () => {
    const text = article(P1, P2);
    const selectors = highlight(text, 'học sinh THPT');
    const elsewhere = article('Năm nay, học sinh THPT của tỉnh đạt nhiều giải thưởng quốc gia.', P2);
    expect(anchorSelectors(elsewhere, selectors)).toBeNull();
  });

  it('anchors a quote spanning paragraphs, whatever white space now separates them', () => {
    const text = article(P1, P2);
    const selectors = highlight(text, 'huyện Thanh Trì. Theo kế hoạch, các đoàn khám');
    const now = readerNormalize(`${P4}\n${P1}\n\n\n   ${P2}`);
    expect(covered(now, selectors)).toBe('huyện Thanh Trì. Theo kế hoạch, các đoàn khám');
  });

  it('trusts a lone position only inside the text, and never anchors an empty quote', () => {
    const text = article(P1);
    expect(anchorSelectors(text, [{ type: 'TextPositionSelector', start: 3, end: 10 }])).toMatchObject({
      start: 3,
      end: 10,
      method: 'position',
    });
    expect(anchorSelectors(text, [{ type: 'TextPositionSelector', start: 3, end: text.length + 1 }])).toBeNull();
    expect(anchorSelectors(text, [{ type: 'TextQuoteSelector', exact: ' ', prefix: '', suffix: '' }])).toBeNull();
    expect(anchorSelectors(text, [])).toBeNull();
  });

  it('does not accept the old position when a short quote there lost both neighbours', () => {
    const text = article(P1, P3);
    const selectors = highlight(text, 'Huế', 0);
    const position = text.indexOf('Huế');
    // Same length, same offset, same word: but a different sentence now.
    const replaced = `${'x'.repeat(position - 4)}, ở Huế, nay là đô thị di sản.`;
    expect(replaced.slice(position, position + 3)).toBe('Huế');
    expect(anchorSelectors(replaced, selectors)).toBeNull();
  });
});
