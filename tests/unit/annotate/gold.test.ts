// @vitest-environment happy-dom
/**
 * Precision and recall of marking against hand-made gold annotations of the sample pages
 * (tests/fixtures/pages/<slug>/gold.json), on the text the extension really reads: the article found by the same
 * extraction, split into the same blocks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../../../scripts/lib/fixture-server.mjs';
import { annotateBlocks } from '../../../src/annotate/annotate-blocks';
import { analyzePage } from '../../../src/extract/analyze-page';
import { collectBlocks } from '../../../src/page/text-blocks';
import { expectedPages } from '../../support/fixtures';
import { realLexicon } from '../../support/lexicon';

type Kind = 'place' | 'abbr';
interface Gold {
  published: string | null;
  marks: Array<{ kind: Kind; text: string }>;
}

const pages = expectedPages().filter((p) => existsSync(join(PAGES_DIR, p.slug, 'gold.json')));
const totals: Record<Kind, { tp: number; fp: number; fn: number }> = {
  place: { tp: 0, fp: 0, fn: 0 },
  abbr: { tp: 0, fp: 0, fn: 0 },
};

/** Compares two lists of marks as multisets of (kind, text). */
function score(gold: Gold['marks'], found: Gold['marks']) {
  const key = (m: { kind: Kind; text: string }) => `${m.kind}\u0000${m.text.normalize('NFC')}`;
  const remaining = new Map<string, number>();
  for (const m of gold) remaining.set(key(m), (remaining.get(key(m)) ?? 0) + 1);
  const result: Record<Kind, { tp: number; fp: number; fn: number }> = {
    place: { tp: 0, fp: 0, fn: 0 },
    abbr: { tp: 0, fp: 0, fn: 0 },
  };
  const extra: string[] = [];
  for (const m of found) {
    const left = remaining.get(key(m)) ?? 0;
    if (left > 0) {
      result[m.kind].tp++;
      remaining.set(key(m), left - 1);
    } else {
      result[m.kind].fp++;
      extra.push(`${m.kind}:${m.text}`);
    }
  }
  const missed: string[] = [];
  for (const [k, n] of remaining) {
    const [kind, text] = k.split('\u0000') as [Kind, string];
    result[kind].fn += n;
    for (let i = 0; i < n; i++) missed.push(`${kind}:${text}`);
  }
  return { result, extra, missed };
}

const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe.each(pages.map((p) => [p.slug, p] as const))('marking on %s', (slug, page) => {
  it('matches the gold annotations', async () => {
    const gold = JSON.parse(readFileSync(join(PAGES_DIR, slug, 'gold.json'), 'utf8')) as Gold;
    const doc = new DOMParser().parseFromString(page.html(), 'text/html');
    const article = await analyzePage(doc, page.url);
    if (!article.ok) throw new Error(`no article on ${slug}`);
    const blocks = collectBlocks(article.containers).map((b) => b.text);
    const { marks, infos } = annotateBlocks(realLexicon(), blocks, article.meta.published);
    const found = marks.flatMap((specs, i) =>
      specs.map(([start, end, info]) => ({ kind: infos[info]!.kind, text: blocks[i]!.slice(start, end) })),
    );
    const { result, extra, missed } = score(gold.marks, found);
    for (const kind of ['place', 'abbr'] as const) {
      totals[kind].tp += result[kind].tp;
      totals[kind].fp += result[kind].fp;
      totals[kind].fn += result[kind].fn;
    }
    const line = (kind: Kind) =>
      `${kind} P=${pct(result[kind].tp, result[kind].tp + result[kind].fp).toFixed(3)} R=${pct(result[kind].tp, result[kind].tp + result[kind].fn).toFixed(3)}`;
    console.log(`${slug}: ${line('place')}  ${line('abbr')}${extra.length ? `\n  extra: ${extra.join(', ')}` : ''}${missed.length ? `\n  missed: ${missed.join(', ')}` : ''}`);
    if (slug.startsWith('bvcl-hai-phong')) {
      // The seed page: every place and abbreviation of its body, and nothing else.
      expect(missed).toEqual([]);
      expect(extra).toEqual([]);
    } else {
      expect(pct(result.place.tp + result.abbr.tp, found.length)).toBeGreaterThanOrEqual(0.85);
      expect(pct(result.place.tp + result.abbr.tp, gold.marks.length)).toBeGreaterThanOrEqual(0.8);
    }
  });
});

afterAll(() => {
  const line = (kind: Kind) => {
    const t = totals[kind];
    return `${kind}: precision ${pct(t.tp, t.tp + t.fp).toFixed(3)}, recall ${pct(t.tp, t.tp + t.fn).toFixed(3)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
  };
  console.log(`Marking against gold, ${pages.length} pages:\n  ${line('place')}\n  ${line('abbr')}`);
});
