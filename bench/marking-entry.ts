/**
 * Browser bundle for bench/marking.mjs: everything here runs IN THE PAGE (built to bench/.out/marking.js as an IIFE
 * by bench/build-bench.mjs, injected with `page.addScriptTag`). Exposes `window.__cgBench`.
 *
 * Each measurement marks a container and takes the marks back again, so that the next run sees the same DOM; only
 * the marking is timed, never the restoring (nor the layout forced after it).
 */
import Mark from 'mark.js';
import { annotateBlocks, type AnnotateResult } from '../src/annotate/annotate-blocks';
import { expandGazetteer, oldStyleTone } from '../src/annotate/gazetteer-build';
import { buildLexicon, type Lexicon } from '../src/annotate/lexicon';
import type { Abbreviation, Place } from '../src/annotate/types';
import { MarkLayer, type MarkRequest } from '../src/page/marks';
import { collectBlocks, SKIPPED, type TextBlock } from '../src/page/text-blocks';
import { canonicalTone } from '../src/vietnamese/normalize';

const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Every distinct written form the lexicon knows, for the peers: place names and aliases starting with a capital (as
 * `buildLexicon` admits them) and every abbreviation form. Our matcher reads both tone styles ("Hòa"/"Hoà") as one, so
 * each name is given to the peers in both styles too; `base` counts the forms as the data writes them.
 */
export function termList(places: readonly Place[], abbreviations: readonly Abbreviation[]) {
  const written = new Set<string>();
  for (const p of places) for (const n of [p.name, ...p.aliases]) if (STARTS_UPPER.test(n)) written.add(n.normalize('NFC'));
  for (const a of abbreviations) for (const f of a.forms) written.add(f.normalize('NFC'));
  const all = new Set(written);
  for (const t of written) {
    all.add(canonicalTone(t));
    all.add(oldStyleTone(t));
  }
  return { base: written.size, terms: [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)) };
}

/** Escapes what is special outside a class (with the `u` flag, `\-` is an error there). */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One regular expression of every term, longest first, with Unicode-aware word boundaries. */
export function combinedRegExp(terms: readonly string[]): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

interface State {
  lexicon: Lexicon;
  terms: string[];
  regexp: RegExp;
}
let state: State | null = null;

const now = () => performance.now();
const need = () => {
  if (!state) throw new Error('__cgBench.setup() first');
  return state;
};

/** Collects garbage before a timed run when the browser allows it (`--js-flags=--expose-gc`): earlier runs' garbage is not charged to it. */
const collect = () => (globalThis as unknown as { gc?: () => void }).gc?.();

/** Restoring is not timed; a layout is forced so that no pending style work is charged to the next run. */
const settle = (el: Element) => void el.getBoundingClientRect().height;

/** mark.js: what it ignores besides its own defaults; the same places ours skips, and its own marks (no nesting). */
const MARKJS_EXCLUDE = [SKIPPED, 'mark[data-markjs]'];
/** mark.js `accuracy: 'exactly'` bounds a term by white space and these (ASCII and Vietnamese news punctuation). */
const LIMITERS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~¡¿“”‘’–—…«»·'];

function toRequests(result: AnnotateResult, i: number): MarkRequest[] {
  // As src/page/annotator.ts builds them.
  return (result.marks[i] ?? []).map(([start, end, info]) => {
    const term = result.infos[info]!;
    return { start, end, kind: term.kind, key: term.key, description: [term.vi[0], term.en].filter(Boolean).join(' — ') };
  });
}

const bench = {
  /** Builds the lexicon and the peers' term list from the raw data; returns the times taken. */
  setup(gazetteerText: string, abbreviations: Abbreviation[]) {
    const t0 = now();
    const json: unknown = JSON.parse(gazetteerText);
    const t1 = now();
    const places = expandGazetteer(json).places;
    const t2 = now();
    const lexicon = buildLexicon(places, abbreviations);
    const t3 = now();
    const { base, terms } = termList(lexicon.places, lexicon.abbreviations);
    const t4 = now();
    const regexp = combinedRegExp(terms);
    regexp.test('Hải Phòng'); // compile it
    const t5 = now();
    state = { lexicon, terms, regexp };
    const placeForms = new Set<string>();
    for (const p of lexicon.places) for (const n of [p.name, ...p.aliases]) if (STARTS_UPPER.test(n)) placeForms.add(n);
    const abbrForms = new Set(lexicon.abbreviations.flatMap((a) => a.forms));
    return {
      parseMs: t1 - t0,
      expandMs: t2 - t1,
      buildMs: t3 - t2,
      termListMs: t4 - t3,
      regexpMs: t5 - t4,
      places: lexicon.places.length,
      abbreviations: lexicon.abbreviations.length,
      trieKeys: lexicon.trie.size,
      placeForms: placeForms.size,
      abbreviationForms: abbrForms.size,
      baseTerms: base,
      terms: terms.length,
      regexpSourceChars: regexp.source.length,
    };
  },

  /** What the container holds: characters, text nodes, blocks. */
  describe(selector: string) {
    const root = document.querySelector(selector)!;
    const blocks = collectBlocks([root]);
    let nodes = 0;
    let chars = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes++;
      chars += (n as Text).data.length;
    }
    return { chars, nodes, blocks: blocks.length, htmlBytes: new TextEncoder().encode(root.outerHTML).length };
  },

  /** The floor: a TreeWalker that only reads every text node. */
  floor(selector: string, repeat = 1) {
    const root = document.querySelector(selector)!;
    let sum = 0;
    collect();
    const t0 = now();
    // Repeated so that a small article takes longer than the timer's 0.1 ms resolution; the time is per walk.
    for (let r = 0; r < repeat; r++) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) sum += (n as Text).data.length;
    }
    const ms = (now() - t0) / repeat;
    return { ms, count: sum / repeat };
  },

  /** Not a target, for scale: the same walk reading every character of every text node (`charCodeAt`). */
  floorChars(selector: string, repeat = 1) {
    const root = document.querySelector(selector)!;
    let sum = 0;
    collect();
    const t0 = now();
    for (let r = 0; r < repeat; r++) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
      }
    }
    const ms = (now() - t0) / repeat;
    return { ms, count: sum };
  },

  /** Ours: the matching pass (collectBlocks + annotateBlocks), then the page-changing pass (MarkLayer.wrap), undone. */
  ours(selector: string, published: string | null) {
    const { lexicon } = need();
    const root = document.querySelector(selector)!;
    collect();
    const t0 = now();
    const blocks: TextBlock[] = collectBlocks([root]);
    const t1 = now();
    const result = annotateBlocks(lexicon, blocks.map((b) => b.text), published);
    const t2 = now();
    const layer = new MarkLayer();
    let made = 0;
    blocks.forEach((block, i) => {
      const requests = toRequests(result, i);
      if (requests.length === 0) return;
      for (const m of layer.wrap(block, requests)) if (m) made++;
    });
    const t3 = now();
    settle(root); // the style and layout the new marks cost the page, apart (not in totalMs)
    const t4 = now();
    const specs = result.marks.reduce((n, m) => n + m.length, 0);
    layer.undo();
    settle(root);
    return {
      collectMs: t1 - t0,
      annotateMs: t2 - t1,
      matchingMs: t2 - t0,
      wrapMs: t3 - t2,
      totalMs: t3 - t0,
      layoutMs: t4 - t3,
      specs,
      count: made,
    };
  },

  /** Only annotateBlocks over the given texts (for profiling without the DOM). */
  annotateTexts(texts: string[], published: string | null) {
    const t0 = now();
    const result = annotateBlocks(need().lexicon, texts, published);
    return { ms: now() - t0, specs: result.marks.reduce((n, m) => n + m.length, 0) };
  },

  /** Block texts of a container, for `annotateTexts`. */
  blockTexts(selector: string) {
    return collectBlocks([document.querySelector(selector)!]).map((b) => b.text);
  },

  /**
   * mark.js with the term list, in batches (one `mark()` call chains its keywords and overflows the stack past ~700).
   * Each keyword is a pass over every text node, so on a long article this takes minutes: it stops after the batch
   * that passes `capMs`, and says how many terms it got through (the time is then a lower bound).
   */
  markjsTerms(selector: string, batch = 500, capMs = Infinity, limit = Infinity) {
    const terms = need().terms.slice(0, limit);
    const root = document.querySelector(selector)!;
    const instance = new Mark(root);
    let count = 0;
    let done = 0;
    collect();
    const t0 = now();
    while (done < terms.length && now() - t0 < capMs) {
      instance.mark(terms.slice(done, done + batch), {
        separateWordSearch: false,
        accuracy: { value: 'exactly', limiters: LIMITERS },
        caseSensitive: true,
        diacritics: false,
        acrossElements: false,
        exclude: MARKJS_EXCLUDE,
        done: (n: number) => {
          count += n;
        },
      });
      done = Math.min(terms.length, done + batch);
    }
    const ms = now() - t0;
    settle(root);
    const layoutMs = now() - t0 - ms;
    const inDom = root.querySelectorAll('mark[data-markjs]').length;
    instance.unmark();
    settle(root);
    return { ms, layoutMs, count, inDom, termsDone: done, terms: terms.length };
  },

  /** mark.js `markRegExp` with one combined, longest-first, Unicode-aware regular expression. */
  markjsRegExp(selector: string) {
    const { regexp } = need();
    const root = document.querySelector(selector)!;
    const instance = new Mark(root);
    let count = 0;
    collect();
    const t0 = now();
    regexp.lastIndex = 0;
    instance.markRegExp(regexp, {
      acrossElements: false,
      exclude: MARKJS_EXCLUDE,
      done: (n: number) => {
        count = n;
      },
    });
    const ms = now() - t0;
    settle(root);
    const layoutMs = now() - t0 - ms;
    instance.unmark();
    settle(root);
    return { ms, layoutMs, count };
  },

  /** Texts each method marks, for a sanity comparison: ours vs the combined RegExp. */
  markedTexts(selector: string, published: string | null) {
    const { lexicon, regexp } = need();
    const root = document.querySelector(selector)!;
    const blocks = collectBlocks([root]);
    const result = annotateBlocks(lexicon, blocks.map((b) => b.text), published);
    const ours: string[] = [];
    result.marks.forEach((specs, i) => {
      for (const [s, e] of specs) ours.push(blocks[i]!.text.slice(s, e));
    });
    const theirs: string[] = [];
    for (const b of blocks) for (const m of b.text.matchAll(new RegExp(regexp.source, 'gu'))) theirs.push(m[0]);
    return { ours, theirs };
  },
};

(globalThis as unknown as { __cgBench: typeof bench }).__cgBench = bench;
