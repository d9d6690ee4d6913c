// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markArticle } from '../../../src/page/article-marker';

describe('markArticle', () => {
  it('marks the containers and undo restores the page exactly', () => {
    document.body.innerHTML = '<main><div id="a" class="x"><p>Một</p></div><aside>Hai</aside><div id="b"><p>Ba</p></div></main>';
    const before = document.body.innerHTML;
    const marks = markArticle([document.getElementById('a')!, document.getElementById('b')!]);
    expect(document.querySelectorAll('[data-cg-article]').length).toBe(2);
    expect(document.querySelector('aside')?.hasAttribute('data-cg-article')).toBe(false);
    marks.undo();
    expect(document.body.innerHTML).toBe(before);
  });

  it('does not take away a mark it did not add', () => {
    document.body.innerHTML = '<div id="a" data-cg-article=""><p>Một</p></div>';
    const before = document.body.innerHTML;
    markArticle([document.getElementById('a')!]).undo();
    expect(document.body.innerHTML).toBe(before);
  });
});
