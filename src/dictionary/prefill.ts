/** What "add to my dictionary" puts in the settings page's form, from a tooltip or a selection. Pure. */
import type { TermInfo } from '../annotate/describe';
import { guessKind, LIMITS } from './model';

export interface Prefill {
  kind: 'abbr' | 'place';
  form: string;
  expansion: string;
}

/** Longest selection that becomes the form's written form; a longer one opens the form empty. */
export const MAX_SELECTED_FORM = 40;

const oneLine = (s: string, max: number) => s.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, max);

/** From a tooltip: its written form (without a road number) and its first line. */
export function prefillFromTerm(info: TermInfo): Prefill {
  return {
    kind: info.kind,
    form: oneLine(info.form ?? info.title, LIMITS.form),
    expansion: oneLine(info.vi[0] ?? '', LIMITS.expansion),
  };
}

/** From a selection: the selected text as the form if it is short (`MAX_SELECTED_FORM`), its kind guessed. */
export function prefillFromSelection(selected: string): Prefill {
  const text = oneLine(selected, Number.MAX_SAFE_INTEGER);
  const form = text.length <= MAX_SELECTED_FORM ? text : '';
  return { kind: form ? guessKind(form) : 'abbr', form, expansion: '' };
}

/** `options.html#dictionary?kind=…&form=…&expansion=…`: the address the settings page reads its prefill from. */
export function dictionaryFormUrl(base: string, prefill: Prefill): string {
  const query = new URLSearchParams({ kind: prefill.kind, form: prefill.form, expansion: prefill.expansion });
  return `${base}#dictionary?${query.toString()}`;
}

/** The prefill in a settings page address made by `dictionaryFormUrl`; null for any other address. */
export function prefillFromHash(hash: string): Prefill | null {
  const [section, query = ''] = hash.replace(/^#/, '').split('?');
  if (section !== 'dictionary' || !query) return null;
  const params = new URLSearchParams(query);
  return {
    kind: params.get('kind') === 'place' ? 'place' : 'abbr',
    form: params.get('form') ?? '',
    expansion: params.get('expansion') ?? '',
  };
}
