import { describe, expect, it } from 'vitest';
import { escapeHtml, toHtml } from '../../../src/export/html';
import { HANOI, HOSTILE, HOSTILE_HIGHLIGHTS, ITEMS, NOW } from './fixtures';

describe('toHtml', () => {
  const html = toHtml(ITEMS, { now: NOW });

  it('is a complete UTF-8 document with print styles and no way to run scripts', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).toContain("default-src 'none'");
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('shows each article with its link, meta line, quotes with their colour and notes with their line breaks', () => {
    expect(html).toContain(`<h2><a href="${HANOI.url}" rel="noopener noreferrer">Hà Nội khám sức khỏe miễn phí cho 20.000 học sinh THPT</a></h2>`);
    expect(html).toContain('<p class="meta">Thanh Hằng · VnExpress · 05/11/2025 · 2 đoạn đánh dấu</p>');
    expect(html).toContain('<blockquote class="c-green" title="05/11/2025">Ông Nguyễn Văn Hòa, hiệu trưởng một trường THPT ở TP. Huế</blockquote>');
    expect(html).toContain('<p class="note">Hỏi thêm ông Hoà về kết quả khám.<br>So sánh với năm ngoái: sức khoẻ tâm thần?</p>');
  });

  it('escapes every hostile string: no tag, attribute or comment comes from the page or a note', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<!-- c');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)');
    expect(html).toContain('href="https://tuoitre.vn/bai-viet?id=1&amp;x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"');
    // Only our own tags remain: every `<` opens one of them.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9!]+)/gi)].map((m) => m[1]?.toLowerCase()));
    expect([...tags].sort()).toEqual(
      ['!doctype', 'a', 'article', 'blockquote', 'body', 'br', 'h1', 'h2', 'head', 'header', 'html', 'meta', 'p', 'style', 'title'],
    );
  });

  it('writes its labels in English when asked, keeping the articles’ text Vietnamese', () => {
    const english = toHtml(ITEMS, { now: NOW, locale: 'en' });
    expect(english.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(english).toContain('<h1>Chú Giải notes</h1>');
    expect(english).toContain('<p class="meta">2 articles, 4 highlights · exported on 06/11/2025 · Chú Giải</p>');
    expect(english).toContain('<article lang="vi">');
    expect(english).toContain('<p class="meta">Thanh Hằng · VnExpress · 05/11/2025 · 2 highlights</p>');
    expect(english).toContain('Ông Nguyễn Văn Hòa, hiệu trưởng một trường THPT ở TP. Huế');
  });

  it('links only to http(s) addresses', () => {
    const page = toHtml([{ article: { ...HOSTILE, url: 'javascript:alert(1)' }, highlights: HOSTILE_HIGHLIGHTS }], { now: NOW });
    expect(page).not.toContain('href="javascript');
    expect(page).not.toMatch(/<a /);
  });

  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
