// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { allWordCounts, wordCounts } from '../../../src/extract/word-count';

describe('wordCounts', () => {
  it('counts the words under each element, scripts and styles left out, so a part can be taken from the whole', () => {
    document.body.innerHTML =
      '<div id="a"><p>Hải Phòng và Quảng Ninh</p><div id="r"><a href="/x">Tin liên quan ở Hà Nội</a></div><script>var x = 1;</script><style>p{}</style></div>';
    const count = wordCounts();
    const a = document.getElementById('a')!;
    const r = document.getElementById('r')!;
    expect(count(a)).toBe(11);
    expect(count(a) - count(r)).toBe(5);
  });

  it('answers from counts made elsewhere first (the parser’s copy), by element', () => {
    document.body.innerHTML = '<div id="a"><p>một hai</p></div>';
    const a = document.getElementById('a')!;
    expect(wordCounts((el) => (el === a ? 42 : undefined))(a)).toBe(42);
    expect(allWordCounts([a, a.firstElementChild!])).toEqual([2, 2]);
  });
});
