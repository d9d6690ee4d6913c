// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MarkLayer } from '../../../src/page/marks';
import { collectBlocks } from '../../../src/page/text-blocks';

const request = (text: string, phrase: string, kind: 'place' | 'abbr' = 'place', from = 0) => {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length, kind, key: phrase, description: `về ${phrase}` };
};

describe('collectBlocks', () => {
  it('groups text by paragraph and skips code, inputs, editable regions and scripts', () => {
    document.body.innerHTML = `<div id="a"><p>Ở <b>Hải Phòng</b> và Hải Dương</p><pre>Hải Dương</pre>
      <p contenteditable>Quảng Ninh</p><script>var x = "Hà Nội"</script><textarea>Huế</textarea><p>KT-XH</p></div>`;
    const blocks = collectBlocks([document.getElementById('a')!]);
    expect(blocks.map((b) => b.text)).toEqual(['Ở Hải Phòng và Hải Dương', 'KT-XH']);
    expect(blocks[0]!.nodes.map((n) => n.start)).toEqual([0, 2, 11]);
  });
});

describe('MarkLayer', () => {
  it('wraps exactly the matched text and restores the paragraph byte for byte', () => {
    document.body.innerHTML = '<div id="a"><p>Nối ĐT.390 (huyện Thanh Hà, Hải Dương) với QL.10.</p></div>';
    const root = document.getElementById('a')!;
    const before = root.innerHTML;
    const textNode = root.querySelector('p')!.firstChild;
    const [block] = collectBlocks([root]);
    const layer = new MarkLayer();
    const made = layer.wrap(block!, [
      request(block!.text, 'ĐT.390', 'abbr'),
      request(block!.text, 'Thanh Hà'),
      request(block!.text, 'Hải Dương'),
      request(block!.text, 'QL.10', 'abbr'),
    ]);
    expect(made.map((m) => m?.textContent)).toEqual(['ĐT.390', 'Thanh Hà', 'Hải Dương', 'QL.10']);
    expect(root.querySelectorAll('[data-cg-kind="place"]').length).toBe(2);
    expect(root.querySelector('[data-cg-kind="abbr"]')?.getAttribute('tabindex')).toBe('0');
    expect(root.textContent).toBe('Nối ĐT.390 (huyện Thanh Hà, Hải Dương) với QL.10.');
    layer.undo();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.firstChild).toBe(textNode);
  });

  it('leaves a name split across two elements unmarked, and does not make marks inside links focusable', () => {
    document.body.innerHTML = '<p id="p"><b>Hải</b> Phòng và <a href="/x">Quảng Ninh</a></p>';
    const p = document.getElementById('p')!;
    const [block] = collectBlocks([p]);
    const layer = new MarkLayer();
    const made = layer.wrap(block!, [request(block!.text, 'Hải Phòng'), request(block!.text, 'Quảng Ninh')]);
    expect(made.map((m) => m?.textContent ?? null)).toEqual([null, 'Quảng Ninh']);
    expect(made[1]!.hasAttribute('tabindex')).toBe(false);
  });
});
