/** The popup's "always run on this site": adds the site to the list, asking for its permission when it needs one. */
import { useState } from 'preact/hooks';
import { t } from '../i18n';

type Props = {
  site: string;
  /** Resolves to whether the site is now on the list (false: the reader refused the permission). */
  onAdd: () => Promise<boolean>;
};

export function RunHere({ site, onAdd }: Props) {
  const [state, setState] = useState<'idle' | 'asking' | 'denied'>('idle');
  return (
    <section class="cg-popup__runhere" data-cg-field="run-here">
      <p>{t('popup_run_here_explained', site)}</p>
      <button
        type="button"
        data-cg-action="run-here"
        disabled={state === 'asking'}
        onClick={() => {
          setState('asking');
          void onAdd().then((ok) => setState(ok ? 'idle' : 'denied'));
        }}
      >
        {t('popup_run_here', site)}
      </button>
      {state === 'denied' ? <p class="cg-popup__error" role="alert">{t('popup_run_here_denied', site)}</p> : null}
    </section>
  );
}
