/** Placeholder: the reader's own dictionary (built on branch `dict`). */
export interface DictionaryPrefill {
  kind?: 'abbr' | 'place';
  form?: string;
  expansion?: string;
}

export function DictionarySection(_props: { prefill: DictionaryPrefill | null }) {
  return <section id="dictionary" />;
}
