import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, toMarkdown, yamlString } from '../../../src/export/markdown';
import type { GlossaryItem } from '../../../src/export/types';
import { HANOI, HANOI_HIGHLIGHTS, HOSTILE, HOSTILE_HIGHLIGHTS, ITEMS, NOW } from './fixtures';

/** Reads front matter made of `key: "…"` and a `tags:` list of `  - "…"` (YAML double-quoted = JSON strings). */
function readFrontMatter(markdown: string): { fields: Record<string, string>; tags: string[]; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match?.[1]) throw new Error('no front matter');
  const fields: Record<string, string> = {};
  const tags: string[] = [];
  for (const line of match[1].split('\n')) {
    const field = /^([a-z]+): (".*")$/.exec(line);
    const tag = /^ {2}- (".*")$/.exec(line);
    if (field?.[1] && field[2]) fields[field[1]] = JSON.parse(field[2]) as string;
    else if (tag?.[1]) tags.push(JSON.parse(tag[1]) as string);
    else if (line !== 'tags:') throw new Error(`not a front matter line: ${line}`);
  }
  return { fields, tags, body: markdown.slice(match[0].length) };
}

describe('toMarkdown, one article', () => {
  const md = toMarkdown([{ article: HANOI, highlights: HANOI_HIGHLIGHTS }], { now: NOW });

  it('starts with front matter whose values read back exactly', () => {
    const { fields, tags } = readFrontMatter(md);
    expect(fields).toEqual({
      title: HANOI.title,
      source: HANOI.url,
      site: 'VnExpress',
      author: 'Thanh Hằng',
      published: '2025-11-05T08:30:00+07:00',
      exported: '2025-11-06T03:00:00.000Z',
    });
    expect(tags).toEqual(['chu-giai', 'highlight/yellow', 'highlight/green']);
  });

  it('has the title as the heading, each quote as a block quote, notes as text and colours as tags', () => {
    const { body } = readFrontMatter(md);
    expect(body).toContain('\n# Hà Nội khám sức khỏe miễn phí cho 20.000 học sinh THPT\n');
    expect(body).toContain('Thanh Hằng · [VnExpress](https://vnexpress.net/ha-noi-kham-suc-khoe-mien-phi-cho-hoc-sinh-thpt-4812345.html) · 05/11/2025');
    expect(body).toContain(
      '> Ông Nguyễn Văn Hòa, hiệu trưởng một trường THPT ở TP. Huế\n\n' +
        'Hỏi thêm ông Hoà về kết quả khám.  \nSo sánh với năm ngoái: sức khoẻ tâm thần?\n\n' +
        '#highlight/green · 05/11/2025',
    );
    expect(body).toContain('#highlight/yellow');
  });

  it('lists the glossary of places and abbreviations', () => {
    const glossary = new Map<string, GlossaryItem[]>([
      [
        HANOI.url,
        [
          { kind: 'abbr', title: 'THPT', summary: 'Trung học phổ thông' },
          { kind: 'place', title: 'Huế', summary: 'Thành phố trực thuộc Trung ương, miền Trung' },
        ],
      ],
    ]);
    const withGlossary = toMarkdown([{ article: HANOI, highlights: HANOI_HIGHLIGHTS }], { now: NOW, glossary });
    expect(withGlossary).toContain(
      '## Chú giải\n\n### Địa danh\n\n- **Huế**: Thành phố trực thuộc Trung ương, miền Trung\n\n' +
        '### Viết tắt\n\n- **THPT**: Trung học phổ thông',
    );
  });
});

describe('toMarkdown in English', () => {
  it('writes the headings, counts and glossary labels in English and the article as it is', () => {
    const glossary = new Map<string, GlossaryItem[]>([[HANOI.url, [{ kind: 'place', title: 'Huế', summary: 'Thành phố trực thuộc Trung ương' }]]]);
    const md = toMarkdown(ITEMS, { now: NOW, glossary, locale: 'en' });
    expect(md.startsWith('# Chú Giải notes\n\n2 articles, 4 highlights · exported on 06/11/2025\n')).toBe(true);
    expect(md).toContain('### Glossary\n\n#### Places\n\n- **Huế**: Thành phố trực thuộc Trung ương');
    expect(md).toContain('> Ông Nguyễn Văn Hòa, hiệu trưởng một trường THPT ở TP. Huế');
  });
});

describe('toMarkdown, several articles', () => {
  const md = toMarkdown(ITEMS, { now: NOW });

  it('makes one file with a top heading and a section per article, without front matter', () => {
    expect(md.startsWith('# Ghi chú Chú Giải\n\n2 bài, 4 đoạn đánh dấu · xuất ngày 06/11/2025\n')).toBe(true);
    expect(md).toContain('\n## Hà Nội khám sức khỏe');
    expect(md).toContain('\n## \\# Heading: "trích dẫn" --- - list \\<script\\>alert(1)\\</script\\>\\](javascript:alert(1))\n');
  });

  it('lets no page text or note become a link, HTML, a heading, a list, a rule or a comment', () => {
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).not.toMatch(/(?<!\\)\[x/);
    expect(md).not.toContain('%%');
    const headings = md.split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(headings).toHaveLength(3);
    const blocks = md.split('\n').filter((l) => /^(?:> ?)?(?:[-+*] |\d+[.)]|-{3,}|={3,}| {4}|`{3}|~{3})/.test(l));
    expect(blocks).toEqual([]);
  });

  it('keeps every line of a multi-line quote inside the block quote', () => {
    const quote = md.slice(md.indexOf('> \\# heading'));
    const lines = quote.slice(0, quote.indexOf('\n\n')).split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.every((l) => l.startsWith('>'))).toBe(true);
    expect(lines.slice(0, 6)).toEqual(['> \\# heading', '> \\---', '> \\- item', '> \\> quoted', '> 1\\. first', '> \u00a0\u00a0\u00a0\u00a0code']);
  });

  it('keeps hostile page text readable, only escaped', () => {
    expect(md).toContain('\n\\=HYPERLINK("http://evil.example","x") · [- Tuổi Trẻ: "Online" \\#tag](https://tuoitre.vn/');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\+cmd\\|\' /C calc\'!A0\n\n\\---  \n\\# note heading');
    expect(md).toContain('#highlight/pink');
  });

  it('says so when there is nothing to export', () => {
    expect(toMarkdown([], { now: NOW })).toContain('0 bài, 0 đoạn đánh dấu');
  });
});

describe('yamlString', () => {
  it('quotes every string so that YAML reads it back as the same text', () => {
    for (const s of ['yes', '- a', '> b', '* c', '#d', 'a: b', "it's", '"q"', '---', 'x\ny', 'tab\tz', '\u2028\u0085\ufeff', '@x', '']) {
      const y = yamlString(s);
      expect(y).toMatch(/^".*"$/);
      expect(y).not.toMatch(/[\n\r\u2028\u2029\u0085\ufeff]/);
      expect(JSON.parse(y)).toBe(s);
    }
  });
});

describe('escapeMarkdownInline', () => {
  it('leaves ordinary Vietnamese text as it is', () => {
    expect(escapeMarkdownInline('Giá xăng tăng 5% (RON 95), theo Bộ Công Thương.')).toBe(
      'Giá xăng tăng 5% (RON 95), theo Bộ Công Thương.',
    );
  });
});

it('front matter of a hostile page reads back exactly', () => {
  const { fields } = readFrontMatter(toMarkdown([{ article: HOSTILE, highlights: HOSTILE_HIGHLIGHTS }], { now: NOW }));
  expect(fields['title']).toBe(HOSTILE.title);
  expect(fields['author']).toBe(HOSTILE.byline);
  expect(fields['site']).toBe(HOSTILE.siteName);
  expect(fields['source']).toBe(HOSTILE.url);
});
