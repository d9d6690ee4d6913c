// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLeftOut, narrowContainers } from '../../../src/extract/left-out';
import { LEFT_OUT_ATTR, markArticle } from '../../../src/page/article-marker';
import { collectBlocks } from '../../../src/page/text-blocks';
import { readArticleText } from '../../../src/highlight/reader-text';

const parse = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
const PROSE = 'Ủy ban nhân dân tỉnh cho biết công trình sẽ hoàn thành trước mùa mưa năm nay, phục vụ hàng nghìn hộ dân.';
const p = (s = PROSE) => `<p>${s}</p>`;
/** What the reader's text is once the parts are left out, as the content script reads it. */
const readText = (containers: Element[], leftOut: Element[]) => {
  const marks = markArticle(containers, leftOut);
  const text = collectBlocks(containers).map((b) => b.text).join(' ');
  marks.undo();
  return text;
};

describe('findLeftOut', () => {
  it('leaves out a box of teasers inside the body whatever its class name', () => {
    const doc = parse(
      `<h1>Tiêu đề bài</h1><div id="body">${p()}<div class="x1"><div><a href="/a"><img src="a.jpg"></a><h3><a href="/a">Lũ quét ở Lào Cai</a></h3></div>` +
        `<div><a href="/b"><img src="b.jpg"></a><h3><a href="/b">Sạt lở ở Hà Giang</a></h3><p>Một đoạn mô tả ngắn không có liên kết nào.</p></div></div>${p()}</div>`,
    );
    const body = doc.getElementById('body')!;
    const out = findLeftOut([body]);
    expect(out.map((e) => e.className)).toEqual(['x1']);
    expect(readText([body], out)).not.toContain('Lào Cai');
    expect(readText([body], out)).toContain('hàng nghìn hộ dân');
  });

  it('leaves out a "Xem thêm" line that is a link, and keeps links inside prose', () => {
    const doc = parse(
      `<div id="body">${p()}<p><strong>Xem thêm: </strong><a href="/x">Ninh Thuận giảm giá vé tham quan</a></p>` +
        `<p>Theo <a href="/qd">Quyết định 12 của UBND tỉnh</a>, người dân ở Phan Rang được hỗ trợ thêm kinh phí sửa nhà.</p></div>`,
    );
    const body = doc.getElementById('body')!;
    const text = readText([body], findLeftOut([body]));
    expect(text).not.toContain('Ninh Thuận');
    expect(text).toContain('Quyết định 12 của UBND tỉnh');
  });

  it('leaves out comments, tags and forms in the article column, however much text the comments have', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<div class="item"><b>ban${i}</b> ${PROSE} Quê tôi ở Quỳ Châu.</div>`).join('');
    const doc = parse(
      `<div class="sidebar-1"><h1>Tiêu đề bài báo về mưa lũ</h1><p class="description">${PROSE}</p><article class="fck_detail">${p()}${p()}</article>` +
        `<div class="tags-list"><h4><a href="/t">Mưa lũ miền Trung</a></h4></div>` +
        `<div id="box_comment_vne" class="box-comment">${comments}</div><div class="poll"><label><input type="radio"> Có</label> Bạn có ủng hộ?</div></div>`,
    );
    const column = doc.querySelector('.sidebar-1')!;
    const out = findLeftOut([column]);
    expect(out.map((e) => e.className)).toEqual(['tags-list', 'box-comment', 'poll']);
    const text = readText([column], out);
    expect(text).not.toContain('Quỳ Châu');
    expect(text).not.toContain('miền Trung');
    expect(text).toContain('hàng nghìn hộ dân');
  });

  it('reads the accessible name as a name: a section labelled "Bình luận" is comments', () => {
    const doc = parse(`<div id="c">${p()}${p()}<section aria-label="Bình luận"><p>Quê tôi ở Quỳ Châu cũng mưa to mấy ngày nay.</p></section></div>`);
    expect(findLeftOut([doc.getElementById('c')!]).map((e) => e.tagName)).toEqual(['SECTION']);
  });

  it('keeps a body whose wrapper happens to carry a weak name (share, ads) when it holds most of the text', () => {
    const doc = parse(`<div id="c"><div class="content share-wrap">${p()}${p()}${p()}</div><div class="share-bar"><a href="/fb">Chia sẻ Facebook</a></div></div>`);
    const out = findLeftOut([doc.getElementById('c')!]);
    expect(out.map((e) => e.className)).toEqual(['share-bar']);
  });

  it('keeps the blocks Readability took for the article, except comments', () => {
    const doc = parse(`<div id="c"><div class="related-wrapper" id="kept">${p()}${p()}</div><div class="related"><a href="/r">Hải Phòng cấm biển</a></div></div>`);
    const kept = doc.getElementById('kept')!;
    const out = findLeftOut([doc.getElementById('c')!], { article: [kept] });
    expect(out.map((e) => e.className)).toEqual(['related']);
  });

  it("leaves out the page's footer but keeps an article's own source line", () => {
    const doc = parse(
      `<div id="w"><article>${p()}<footer class="source">Theo TTXVN</footer></article><footer id="site-footer"><p>Địa chỉ: Hoàn Kiếm, Hà Nội</p></footer></div>`,
    );
    const out = findLeftOut([doc.getElementById('w')!]);
    expect(out.map((e) => e.id)).toEqual(['site-footer']);
  });

  it('leaves out a second article (its own headline) that infinite scroll placed below the first', () => {
    const doc = parse(
      `<div id="list"><section><h1 id="h">Cầu Rạch Miễu 2 hợp long</h1>${p()}${p()}</section>` +
        `<section id="next"><h1>Bến Tre khởi công đường ven biển</h1>${p('Tuyến đường đi qua các huyện Bình Đại, Ba Tri và Thạnh Phú.')}</section></div>`,
    );
    const out = findLeftOut([doc.getElementById('list')!], { headline: doc.getElementById('h') });
    expect(out.map((e) => e.id)).toEqual(['next']);
  });

  it('judges what the site adds later as a whole: a next article or a comment is left out, a paragraph is not', () => {
    const doc = parse(`<h1>Tiêu đề của bài đầu tiên</h1><div id="body">${p()}</div>`);
    const next = doc.createElement('section');
    next.innerHTML = `<h1>Bài tiếp theo ở Sa Pa</h1>${p()}`;
    const comment = doc.createElement('div');
    comment.className = 'comment-item';
    comment.textContent = 'Nhà tôi ở Uông Bí gió rít cả buổi sáng.';
    const paragraph = doc.createElement('p');
    paragraph.innerHTML = 'Cập nhật: <a href="/x">UBND tỉnh</a> đã họp khẩn chiều nay với các sở, ngành liên quan.';
    doc.getElementById('body')!.append(next, comment, paragraph);
    expect(findLeftOut([next, comment, paragraph], { includeRoots: true })).toEqual([next, comment]);
  });

  it('looks at a bounded number of elements on a huge body', () => {
    const doc = parse(`<div id="b">${Array.from({ length: 20_000 }, () => '<div><p>Đoạn văn.</p></div>').join('')}<div class="related"><a href="/r">Tin cuối</a></div></div>`);
    const started = performance.now();
    const out = findLeftOut([doc.getElementById('b')!]);
    expect(out).toEqual([]); // the box at the very end is past the budget: left in rather than freeze the page
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('narrowContainers', () => {
  it('narrows a page wrapper to the article inside it once the parts left out are set aside', () => {
    const doc = parse(
      `<div id="page"><nav><a href="/">Trang chủ</a><a href="/x">Thời sự</a></nav><div class="main"><article id="a"><h2>Nước mặn xâm nhập</h2>${p()}${p()}</article>` +
        `<section class="recommendation"><a href="/r1">Cà Mau thiếu nước</a><a href="/r2">Vĩnh Long chuyển đổi cây trồng</a></section></div></div>`,
    );
    const page = doc.getElementById('page')!;
    const out = findLeftOut([page]);
    expect(narrowContainers([page], out).map((e) => e.id)).toEqual(['a']);
  });

  it('drops a container left with only the headline and the date line once its breadcrumb is out', () => {
    const doc = parse(
      `<div id="head"><ul class="breadcrumb"><li><a href="/t">Thời sự</a></li><li><a href="/c">Chính trị</a></li></ul><span class="date">Thứ hai, 14/7/2025, 08:30 (GMT+7)</span></div>` +
        `<h1>Chính quyền phường, xã mới ở Hải Phòng</h1><article id="body">${p()}${p()}</article>`,
    );
    const containers = [doc.getElementById('head')!, doc.getElementById('body')!];
    expect(narrowContainers(containers, findLeftOut(containers)).map((e) => e.id)).toEqual(['body']);
  });

  it('keeps a container whose text is spread over several children', () => {
    const doc = parse(`<div id="c"><p class="sapo">${PROSE}</p><div class="body">${p()}${p()}</div></div>`);
    const c = doc.getElementById('c')!;
    expect(narrowContainers([c], [])).toEqual([c]);
  });
});

describe('parts left out, for every reader of the article', () => {
  it('are skipped by the marks, the highlights reader text, and taken back exactly', () => {
    const doc = parse(`<div id="c">${p('Đoạn một ở Hải Phòng.')}<div class="related"><a href="/r">Quảng Ninh cấm biển</a></div>${p('Đoạn hai ở Hà Nội.')}</div>`);
    const before = doc.body.innerHTML;
    const c = doc.getElementById('c')!;
    const marks = markArticle([c], findLeftOut([c]));
    expect(doc.querySelectorAll(`[${LEFT_OUT_ATTR}]`).length).toBe(1);
    expect(collectBlocks([c]).map((b) => b.text)).toEqual(['Đoạn một ở Hải Phòng.', 'Đoạn hai ở Hà Nội.']);
    expect(readArticleText([c]).text).toBe('Đoạn một ở Hải Phòng. Đoạn hai ở Hà Nội.');
    const late = doc.createElement('div');
    late.className = 'comment';
    late.textContent = 'Bình luận ở Thái Bình';
    c.append(late);
    marks.leaveOut(findLeftOut([late], { includeRoots: true }));
    expect(collectBlocks([late])).toEqual([]);
    late.remove();
    marks.undo();
    expect(doc.body.innerHTML).toBe(before);
  });
});
