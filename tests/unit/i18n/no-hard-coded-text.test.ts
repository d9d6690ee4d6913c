/**
 * Guards the catalogues: UI code may not carry Vietnamese text of its own. Every string literal, template and JSX text
 * of the UI's modules is read with the TypeScript parser (so comments do not count) and checked for Vietnamese letters.
 * The tooltips' explanations (src/annotate) are Vietnamese by design and are not UI code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const UI_DIRS = ['src/ui', 'src/page', 'src/export', 'entrypoints'];

// Letters only Vietnamese uses among the languages of the UI, precomposed or with combining marks (NFD).
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ\u0300\u0301\u0303\u0309\u0323]/iu;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Text literals of a module that contain Vietnamese, as `line: text`. */
function vietnameseLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      if (VIETNAMESE.test(node.text)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push(`${line + 1}: ${node.text.trim()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('UI text lives in the catalogues', () => {
  it('finds Vietnamese in JSX text, attributes, strings and templates, and not in comments', () => {
    const source = [
      '// Chú thích: được phép',
      '/** Tô sáng: được phép */',
      'const a = "Đã lưu";',
      'const b = `Xóa ${n} mục`;',
      'const c = <p title="Đóng">Hoàn tác {x}</p>;',
      "const d = 'Chu Giai, ×3 …';",
    ].join('\n');
    expect(vietnameseLiterals('probe.tsx', source)).toEqual(['3: Đã lưu', '4: Xóa', '4: mục', '5: Đóng', '5: Hoàn tác']);
  });

  it('finds none in the UI modules (popup, library, highlight UI, tooltip labels, exports, entrypoints)', () => {
    const offending = UI_DIRS.flatMap((dir) => files(join(ROOT, dir))).flatMap((path) =>
      vietnameseLiterals(path, readFileSync(path, 'utf8')).map((hit) => `${relative(ROOT, path)}:${hit}`),
    );
    expect(offending).toEqual([]);
  });
});
