// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { AnnotateResult } from '../../../src/annotate/annotate-blocks';
import type { ArticleContext } from '../../../src/annotate/find-mentions';
import { Annotator } from '../../../src/page/annotator';

const context: ArticleContext = { published: null, learned: [], provinceCounts: {}, senses: {} };

/** A stand-in for the worker: marks every "Huế" as a place. */
function fakeFind(calls: Array<{ blocks: string[]; context: ArticleContext | null }>) {
  return async (blocks: string[], ctx: ArticleContext | null): Promise<AnnotateResult> => {
    calls.push({ blocks, context: ctx });
    return {
      marks: blocks.map((b) => [...b.matchAll(/Huế/g)].map((m) => [m.index, m.index + 3, 0] as [number, number, number])),
      infos: [{ kind: 'place', key: 'p:hue', title: 'Huế', vi: ['Thành phố trực thuộc trung ương'], en: 'City' }],
      context: { ...context, provinceCounts: { 'p:hue': calls.length } },
    };
  };
}

function place(el: Element, top: number) {
  el.getBoundingClientRect = () => ({ top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top, toJSON: () => ({}) });
}

describe('Annotator', () => {
  it('reads and marks the paragraphs on screen first, then the rest with the context learnt so far', async () => {
    document.body.innerHTML = '<div id="a"><p>Một Huế</p><p>Hai Huế</p><p>Ba Huế</p></div>';
    const ps = [...document.querySelectorAll('p')];
    place(ps[0]!, 5000);
    place(ps[1]!, 100);
    place(ps[2]!, 9000);
    const calls: Array<{ blocks: string[]; context: ArticleContext | null }> = [];
    const annotator = new Annotator({ containers: [document.getElementById('a')!], find: fakeFind(calls), yieldToPage: async () => {} });
    await annotator.annotate();
    expect(calls.map((c) => c.blocks)).toEqual([['Hai Huế'], ['Một Huế', 'Ba Huế']]);
    expect(calls[1]!.context?.provinceCounts).toEqual({ 'p:hue': 1 });
    expect(document.querySelectorAll('[data-cg-kind="place"]').length).toBe(3);
    expect(annotator.glossary()).toEqual([{ kind: 'place', key: 'p:hue', title: 'Huế', summary: 'Thành phố trực thuộc trung ương', count: 3 }]);
  });

  it('stops and restores the article exactly', async () => {
    document.body.innerHTML = '<div id="a"><p>Một <i>Huế</i> và Huế.</p></div>';
    const before = document.body.innerHTML;
    const annotator = new Annotator({ containers: [document.getElementById('a')!], find: fakeFind([]), yieldToPage: async () => {} });
    await annotator.annotate();
    expect(document.querySelectorAll('[data-cg-kind]').length).toBe(2);
    annotator.stop();
    expect(document.body.innerHTML).toBe(before);
  });
});
