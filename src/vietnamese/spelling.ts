/**
 * Other spellings news really uses for a place's name, besides tone placement (which the matcher's normalisation
 * already folds): "Đắk Lắk" / "Đăk Lăk" / "Đắc Lắc", "Kon Tum" / "Kontum", "Quý" / "Quí", "Bà Rịa - Vũng Tàu" /
 * "Bà Rịa-Vũng Tàu" / "Bà Rịa Vũng Tàu", "Mù Cang Chải" / "Mù Căng Chải". Pure; NFC in, NFC out.
 */

/** Syllables written several ways, each way listed once: any of them yields the others. */
const SYLLABLE_SETS: readonly (readonly string[])[] = [
  ['Đắk', 'Đăk', 'Đắc'],
  ['Lắk', 'Lăk', 'Lắc'],
  ['Krông', 'Krong'],
  ['Plông', 'Plong'],
  ['Kạn', 'Cạn'],
  ['Cang', 'Căng'],
];

const syllableVariants = new Map<string, readonly string[]>();
for (const set of SYLLABLE_SETS) for (const s of set) syllableVariants.set(s, set.filter((o) => o !== s));

/** A final "y" after a consonant is also written "i" (Quý/Quí, Kỳ/Kì, Lý/Lí, Mỹ/Mĩ), and the other way round. */
const Y_TO_I: Readonly<Record<string, string>> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
const I_TO_Y: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(Y_TO_I).map(([y, i]) => [i, y]));
const FINAL_Y_OR_I = /^(Qu|qu|[KkLlMmTtSsHhBbDdĐđVvNnXxGgPpRr]|Ch|Ph|Th|Tr|Nh|Kh)([yýỳỷỹỵiíìỉĩị])$/u;

function yiVariant(syllable: string): string | null {
  const m = FINAL_Y_OR_I.exec(syllable);
  if (!m) return null;
  const [, onset, vowel] = m as unknown as [string, string, string];
  // "Qui" with i is rare for a name; "Ki", "Li", "Mi" with i are names of their own: only y -> i, except after qu.
  const swapped = Y_TO_I[vowel] ?? (onset.toLowerCase() === 'qu' ? I_TO_Y[vowel] : undefined);
  return swapped ? onset + swapped : null;
}

/** The ways to write one dash between two parts of a name: "A - B", "A-B", "A – B", and "A B". */
function dashVariants(name: string): string[] {
  if (!/ [-–] /u.test(name)) return [];
  return [name.replace(/ [-–] /gu, '-'), name.replace(/ [-–] /gu, ' -'), name.replace(/ [-–] /gu, '- '), name.replace(/ [-–] /gu, ' ')];
}

/** At most this many variants for one name (each syllable with a variant doubles them). */
const MAX_VARIANTS = 16;

/**
 * Other spellings of a name (without the name itself). Tone placement variants are not listed: the matcher
 * treats "Hòa" and "Hoà" as one word already.
 */
export function spellingVariants(name: string): string[] {
  const syllables = name.normalize('NFC').split(' ');
  let forms = [''];
  syllables.forEach((syllable, i) => {
    const options = [syllable, ...(syllableVariants.get(syllable) ?? [])];
    const yi = yiVariant(syllable);
    if (yi) options.push(yi);
    const next: string[] = [];
    for (const f of forms) for (const o of options) next.push(i === 0 ? o : `${f} ${o}`);
    forms = next.slice(0, MAX_VARIANTS);
  });
  // "Kon Tum" -> "Kontum", "Kon Plông" -> "Konplông": the Central Highlands names written as one word.
  const glued = forms.flatMap((f) => (/^Kon [\p{Ll}\p{Lu}]/u.test(f) ? [`Kon${f.slice(4).toLowerCase()}`] : []));
  const all = [...forms, ...glued, ...forms.flatMap(dashVariants)];
  const own = name.normalize('NFC');
  return [...new Set(all)].filter((f) => f !== own);
}
