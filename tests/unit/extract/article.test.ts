// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/extract/analyze-page';
import { coverArticle, locateArticle, serializeSnapshot, takeSnapshot } from '../../../src/extract/article';
import { parseArticleHtml } from '../../../src/extract/parse-article';
import { countWords } from '../../../src/extract/word-count';
import { markArticle } from '../../../src/page/article-marker';
import { collectBlocks } from '../../../src/page/text-blocks';
import { expectedPages, readerText } from '../../support/fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const pages = expectedPages();

describe.each(pages.map((p) => [p.slug, p] as const))('sample page %s', (_slug, page) => {
  const { expected } = page;

  it(expected.isArticle ? 'is found as an article with its metadata' : 'is not taken for an article', async () => {
    const doc = parse(page.html());
    const result = await analyzePage(doc, expected.url);
    expect(result.ok).toBe(expected.isArticle);
    if (!result.ok) return;
    const { meta } = result;
    if (expected.title !== null) expect(meta.title).toBe(expected.title);
    if (expected.published !== null) expect(meta.published).toBe(expected.published);
    if (expected.canonical !== null) expect(meta.url).toBe(expected.canonical);
    if (expected.byline !== null) expect(meta.byline).toBe(expected.byline);
    if (expected.siteName !== null) expect(meta.siteName).toBe(expected.siteName);
    expect(meta.lang).toBe(expected.lang);
    expect(meta.wordCount).toBeGreaterThan(150);
  });

  if (!expected.isArticle) return;
  it('reads the sapo and the body and none of the page around or inside it', async () => {
    const doc = parse(page.html());
    const result = await analyzePage(doc, expected.url);
    if (!result.ok) throw new Error(`no article: ${result.reason}`);
    // As the content script reads it: the containers, less the parts left out (related news, comments, tags).
    const marks = markArticle(result.containers, result.leftOut);
    const text = readerText(collectBlocks(result.containers).map((b) => b.text).join(' '));
    marks.undo();
    for (const phrase of expected.bodyIncludes) expect(text).toContain(readerText(phrase));
    for (const phrase of expected.bodyExcludes) expect(text).not.toContain(readerText(phrase));
    for (const c of result.containers) expect(c.closest('nav, footer, aside')).toBeNull();
    for (const c of result.containers) expect(c === doc.body || c.contains(doc.querySelector('header, footer'))).toBe(false);
    // The word count is that of the text read, not of what Readability kept.
    const words = countWords(text);
    expect(Math.abs(result.meta.wordCount - words)).toBeLessThanOrEqual(Math.max(3, words * 0.03));
  });
});

describe('extraction leaves the live page alone', () => {
  it('adds no attribute and changes no text in the live document', async () => {
    const page = pages.find((p) => p.slug === 'bvcl-hai-phong-hai-duong-quang-ninh')!;
    const doc = parse(page.html());
    const before = doc.documentElement.outerHTML;
    const result = await analyzePage(doc, page.expected.url);
    expect(result.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('still finds the article when the page changed between snapshot and parse', async () => {
    const page = pages.find((p) => p.slug === 'bvcl-hai-phong-hai-duong-quang-ninh')!;
    const doc = parse(page.html());
    const snapshot = takeSnapshot(doc);
    const html = await serializeSnapshot(snapshot, async () => {});
    doc.body.prepend(doc.createElement('div'));
    const result = locateArticle(parseArticleHtml(html), snapshot.live, doc, page.expected.url);
    expect(result.ok && readerText(result.containers[0]?.textContent)).toContain('Thời gian qua, Hải Phòng');
  });
});

describe('serializeSnapshot', () => {
  it('writes a big element in pieces that parse back to the same numbered tree', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `<p class="r">Dòng ${i} &amp;lt; &lt;i&gt; <b>đậm</b>\u00a0<!-- c --></p>`).join(' chữ &lt;i&gt; &amp;amp; trần\u00a0');
    const doc = parse(`<html><head><title>t</title></head><body><main id="m">${rows}<template><p>x</p></template></main></body></html>`);
    const snapshot = takeSnapshot(doc);
    const html = await serializeSnapshot(snapshot, async () => {});
    const reparsed = parse(html);
    expect(reparsed.body.innerHTML).toBe(snapshot.clone.body.innerHTML);
    expect(reparsed.querySelectorAll('[data-cg-idx]').length).toBe(snapshot.live.length);
  }, 20_000);
});

describe('coverArticle', () => {
  it('takes the common parent when it holds nearly only article text', () => {
    const doc = parse('<main><div id="a"><p>một hai ba bốn năm</p><p>sáu bảy tám chín mười</p></div></main>');
    const ps = [...doc.querySelectorAll('p')];
    expect(coverArticle(ps)).toEqual([doc.getElementById('a')]);
  });

  it('leaves out a sidebar that sits between the article blocks', () => {
    const doc = parse(
      '<div id="a"><section id="s1"><p>Đoạn một của bài báo khá dài.</p></section>' +
        '<aside id="ad">Quảng cáo rất dài rất dài rất dài rất dài rất dài rất dài rất dài</aside>' +
        '<section id="s2"><p>Đoạn hai của bài báo khá dài.</p></section></div>',
    );
    const ps = [...doc.querySelectorAll('p')];
    expect(coverArticle(ps).map((e) => e.id)).toEqual(['s1', 's2']);
  });
});
