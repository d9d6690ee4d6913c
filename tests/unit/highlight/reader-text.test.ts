// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../../src/highlight/reader-text';
import { anchorSelectors, describeRange, readerNormalize } from '../../../src/highlight/selectors';

const ARTICLE = `<div id="a">
  <h1>Tiêu đề bài báo</h1>
  <p>Sở Y tế <a href="/ha-noi">TP <b>Hà Nội</b></a> phối hợp với   Sở GD-ĐT
     triển khai chương trình khám <span data-cg-kind="abbr" tabindex="0">THPT</span> miễn phí.</p>
  <script>var x = "Hà Nội";</script><style>p { color: red }</style>
  <figure><img src="x.jpg"><figcaption>Học sinh được khám mắt.</figcaption></figure>
  <ul><li>Đo thị lực</li><li>Khám <mark data-cg-highlight="h1">răng miệng</mark></li></ul>
  <p>Ông Nguyễn Văn Hòa cho biết<br>phụ huynh rất yên tâm.</p>
  <textarea>Huế</textarea><button>Chia sẻ</button>
</div>`;

const EXPECTED =
  'Sở Y tế TP Hà Nội phối hợp với Sở GD-ĐT triển khai chương trình khám THPT miễn phí. ' +
  'Học sinh được khám mắt. Đo thị lực Khám răng miệng Ông Nguyễn Văn Hoà cho biết phụ huynh rất yên tâm.';

function load(html: string) {
  document.body.innerHTML = html;
  return document.getElementById('a')!;
}

/** A DOM range from the start of `from` to the end of `to`, found in the page's own text nodes. */
function pageRange(root: Element, from: string, to: string): Range {
  const walker = document.createTreeWalker(root, 0x4);
  const range = document.createRange();
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!started && node.data.includes(from)) {
      range.setStart(node, node.data.indexOf(from));
      started = true;
    }
    if (started && node.data.includes(to)) {
      range.setEnd(node, node.data.indexOf(to) + to.length);
      return range;
    }
  }
  throw new Error(`no ${from}…${to}`);
}

describe('readArticleText', () => {
  it('reads the article as a reader sees it: blocks and line breaks as spaces, marks in, code and forms out', () => {
    const reader = readArticleText([load(ARTICLE)]);
    expect(reader.text).toBe(EXPECTED);
    expect(reader.text).not.toContain('var x');
    expect(reader.text).not.toContain('color');
    expect(reader.text).not.toContain('Huế');
    expect(reader.text).not.toContain('Chia sẻ');
    expect(reader.text).not.toContain('Tiêu đề');
  });

  it('maps a selection over a link, bold text and a mark to offsets and back to the same characters', () => {
    const root = load(ARTICLE);
    const reader = readArticleText([root]);
    const selection = pageRange(root, 'Y tế', 'THPT');
    const offsets = reader.fromRange(selection)!;
    expect(reader.text.slice(offsets.start, offsets.end)).toBe(
      'Y tế TP Hà Nội phối hợp với Sở GD-ĐT triển khai chương trình khám THPT',
    );
    const back = reader.toRange(offsets.start, offsets.end)!;
    expect(back.startContainer).toBe(selection.startContainer);
    expect(back.startOffset).toBe(selection.startOffset);
    expect(back.endContainer).toBe(selection.endContainer);
    expect(back.endOffset).toBe(selection.endOffset);
    expect(back.toString()).toBe(selection.toString());
  });

  it('round-trips a range over several paragraphs, a caption, list items and a highlight', () => {
    const root = load(ARTICLE);
    const reader = readArticleText([root]);
    const selection = pageRange(root, 'miễn phí', 'răng miệng');
    const offsets = reader.fromRange(selection)!;
    expect(reader.text.slice(offsets.start, offsets.end)).toBe(
      'miễn phí. Học sinh được khám mắt. Đo thị lực Khám răng miệng',
    );
    const back = reader.toRange(offsets.start, offsets.end)!;
    expect(back.startContainer).toBe(selection.startContainer);
    expect(back.startOffset).toBe(selection.startOffset);
    expect(back.endContainer).toBe(selection.endContainer);
    expect(back.endOffset).toBe(selection.endOffset);
  });

  it('gives a Range over every character from reader offsets, for each word of the text', () => {
    const root = load(ARTICLE);
    const reader = readArticleText([root]);
    for (const m of reader.text.matchAll(/\S+/g)) {
      const range = reader.toRange(m.index, m.index + m[0].length)!;
      expect(readerNormalize(range.toString())).toBe(m[0]);
      expect(reader.fromRange(range)).toEqual({ start: m.index, end: m.index + m[0].length });
    }
  });

  it('reads NFD text as NFC and maps offsets back to the decomposed characters', () => {
    const root = load(`<div id="a"><p>${'Khánh Hòa và Thừa Thiên Huế'.normalize('NFD')}</p></div>`);
    const reader = readArticleText([root]);
    expect(reader.text).toBe('Khánh Hoà và Thừa Thiên Huế');
    const start = reader.text.indexOf('Hoà');
    const range = reader.toRange(start, start + 'Hoà và Thừa'.length)!;
    expect(range.toString()).toBe('Hòa và Thừa'.normalize('NFD'));
    expect(reader.fromRange(range)).toEqual({ start, end: start + 'Hoà và Thừa'.length });
  });

  it('moves a tone split from its vowel by an element, keeping every offset', () => {
    const reader = readArticleText([load('<div id="a"><p>Hò<b>a</b> Bình</p></div>')]);
    expect(reader.text).toBe('Hoà Bình');
    expect(reader.toRange(0, 3)!.toString()).toBe('Hòa');
  });

  it('clamps a selection that starts outside the roots, and gives null for one wholly outside', () => {
    document.body.innerHTML =
      '<p id="before">Quảng cáo</p><div id="a"><p>Hà Nội mùa thu</p></div><p id="after">Bình luận</p>';
    const root = document.getElementById('a')!;
    const reader = readArticleText([root]);
    const range = document.createRange();
    range.setStart(document.getElementById('before')!.firstChild!, 2);
    range.setEnd(root.querySelector('p')!.firstChild!, 6);
    expect(reader.fromRange(range)).toEqual({ start: 0, end: 6 });

    const outside = document.createRange();
    outside.selectNodeContents(document.getElementById('after')!);
    expect(reader.fromRange(outside)).toBeNull();

    const whole = document.createRange();
    whole.selectNodeContents(document.body);
    expect(reader.fromRange(whole)).toEqual({ start: 0, end: reader.text.length });
  });

  it('gives null for a selection only inside skipped parts, and for offsets outside the text', () => {
    const root = load(ARTICLE);
    const reader = readArticleText([root]);
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('textarea')!);
    expect(reader.fromRange(range)).toBeNull();
    expect(reader.toRange(0, reader.text.length + 1)).toBeNull();
    expect(reader.toRange(5, 5)).toBeNull();
  });

  it('reads several roots in document order, with a break between them', () => {
    document.body.innerHTML = '<section id="b"><p>đoạn hai</p></section><section id="c"><p>đoạn ba</p></section>';
    const reader = readArticleText([document.getElementById('c')!, document.getElementById('b')!]);
    expect(reader.text).toBe('đoạn hai đoạn ba');
  });

  it('re-anchors a highlight described on one visit after the page changed on the next', () => {
    const first = readArticleText([load(ARTICLE)]);
    const range = pageRange(document.getElementById('a')!, 'Nguyễn', 'phụ huynh');
    const offsets = first.fromRange(range)!;
    const { quote, position } = describeRange(first.text, offsets.start, offsets.end);

    // Next visit: a paragraph was added at the top and the page writes the name new-style and NFD.
    const changed = ARTICLE.replace('<p>Sở Y tế', '<p>Cập nhật lúc 10:00.</p><p>Sở Y tế').replace(
      'Nguyễn Văn Hòa cho biết',
      'Nguyễn Văn Hoà cho biết'.normalize('NFD'),
    );
    const second = readArticleText([load(changed)]);
    const anchor = anchorSelectors(second.text, [quote, position])!;
    expect(anchor.method).toBe('quote');
    expect(second.text.slice(anchor.start, anchor.end)).toBe('Nguyễn Văn Hoà cho biết phụ huynh');
    const again = second.toRange(anchor.start, anchor.end)!;
    // The <br> has no character of its own: the range runs from the NFD name to the end of "phụ huynh".
    expect(again.toString()).toBe(`${'Nguyễn Văn Hoà cho biết'.normalize('NFD')}phụ huynh`);
    expect(second.fromRange(again)).toEqual({ start: anchor.start, end: anchor.end });
  });
});
