import { DictionarySection, type DictionaryPrefill } from '../../src/ui/options/DictionarySection';

/** `options.html#dictionary?kind=abbr&form=…&expansion=…` opens the dictionary form filled in. */
function prefillFromHash(hash: string): DictionaryPrefill | null {
  const [section, query = ''] = hash.replace(/^#/, '').split('?');
  if (section !== 'dictionary' || !query) return null;
  const params = new URLSearchParams(query);
  const kind = params.get('kind');
  return {
    kind: kind === 'place' ? 'place' : 'abbr',
    form: params.get('form') ?? undefined,
    expansion: params.get('expansion') ?? undefined,
  };
}

export function App() {
  return (
    <main class="opt">
      <DictionarySection prefill={prefillFromHash(location.hash)} />
    </main>
  );
}
