// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HighlightLayer } from '../../../src/page/highlight-layer';

function rangeOver(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

describe('HighlightLayer', () => {
  it('renders a highlight across paragraphs, bold text, links and marks, and clears it exactly', () => {
    document.body.innerHTML =
      '<div id="a"><p>Một <b>hai</b> ba</p>\n<p>bốn <a href="#">năm</a> <span data-cg-kind="place">Hải Phòng</span> sáu</p></div>';
    const a = document.getElementById('a')!;
    const before = a.innerHTML;
    const first = a.querySelector('p')!.firstChild!;
    const last = a.querySelectorAll('p')[1]!.lastChild!;
    const layer = new HighlightLayer();
    const els = layer.render('h1', rangeOver(first, 2, last, 3), (el) => el.classList.add('x'));
    expect(els.map((e) => e.textContent)).toEqual(['t ', 'hai', ' ba', 'bốn ', 'năm', ' ', 'Hải Phòng', ' sá']);
    expect(a.querySelectorAll('[data-cg-highlight="h1"]').length).toBe(8);
    expect(a.querySelector('[data-cg-kind] [data-cg-highlight]')).not.toBeNull();
    layer.clear();
    expect(a.innerHTML).toBe(before);
  });

  it('renders overlapping highlights as nested spans and clears both exactly', () => {
    document.body.innerHTML = '<p id="p">Thời gian qua, Hải Phòng đã tích cực chỉ đạo</p>';
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const layer = new HighlightLayer();
    layer.render('a', rangeOver(p.firstChild!, 0, p.firstChild!, 24), () => {});
    const inner = p.querySelector('[data-cg-highlight="a"]')!.firstChild!;
    layer.render('b', rangeOver(inner, 15, inner, 24), () => {});
    expect(p.querySelector('[data-cg-highlight="a"] [data-cg-highlight="b"]')?.textContent).toBe('Hải Phòng');
    layer.clear();
    expect(p.innerHTML).toBe(before);
  });
});

describe('marks and highlights on the same text', () => {
  it('takes both back exactly through the shared journal, whatever order they were made in', async () => {
    const { DomJournal } = await import('../../../src/page/dom-journal');
    const { MarkLayer } = await import('../../../src/page/marks');
    const { collectBlocks } = await import('../../../src/page/text-blocks');
    document.body.innerHTML = '<p id="p">Thời gian qua, Hải Phòng, Hải Dương và Quảng Ninh đã tích cực chỉ đạo</p>';
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const journal = new DomJournal();
    const highlights = new HighlightLayer(journal);
    const marks = new MarkLayer(journal);
    // A highlight first, then marks inside and around it, then a second highlight across a mark.
    highlights.render('a', rangeOver(p.firstChild!, 15, p.firstChild!, 35), () => {});
    const [block] = collectBlocks([p]);
    const at = (s: string) => block!.text.indexOf(s);
    marks.wrap(block!, [
      { start: at('Hải Phòng'), end: at('Hải Phòng') + 9, kind: 'place', key: 'p0:hai-phong', description: '' },
      { start: at('Quảng Ninh'), end: at('Quảng Ninh') + 10, kind: 'place', key: 'p:quang-ninh', description: '' },
    ]);
    const qn = p.querySelector('[data-cg-key="p:quang-ninh"]')!.firstChild!;
    highlights.render('b', rangeOver(qn, 0, qn, 6), () => {});
    expect(p.querySelectorAll('[data-cg-kind]').length).toBe(2);
    expect(p.querySelector('[data-cg-kind] [data-cg-highlight="b"]')?.textContent).toBe('Quảng ');
    journal.undoAll();
    expect(p.innerHTML).toBe(before);
  });
});
