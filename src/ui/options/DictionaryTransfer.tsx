import { useEffect, useRef } from 'preact/hooks';
import { formatNumber, t, tn } from '../../i18n';

/** What reading a file found, before anything is written. */
export interface ImportPreviewModel {
  name: string;
  added: number;
  replaced: number;
  unchanged: number;
  /** Valid rows that would be written (new or replaced). */
  writable: number;
  valid: number;
  /** Each bad row in the reader's words, in row order. */
  bad: string[];
}

/** Bad rows listed before "… and N more". */
const SHOWN_BAD = 20;

type Props = {
  preview: ImportPreviewModel | null;
  onExport: (format: 'json' | 'csv') => void;
  onFile: (file: File) => void;
  /** `validOnly`: the reader chose to leave the bad rows out. */
  onConfirm: (validOnly: boolean) => void;
  onCancel: () => void;
};

/** Export buttons, the file input and the preview of an import with its bad rows. */
export function DictionaryTransfer({ preview, onExport, onFile, onConfirm, onCancel }: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  // The preview goes away under the focus: back to the file input, cleared so the same file can be chosen again.
  const backToInput = () => {
    if (!fileRef.current) return;
    fileRef.current.value = '';
    fileRef.current.focus();
  };
  return (
    <div class="dict__transfer">
      <h3>{t('dict_transfer')}</h3>
      <div class="dict__actions">
        <button type="button" class="dict__btn" data-cg-action="export-dictionary-json" onClick={() => onExport('json')}>
          {t('dict_export_json')}
        </button>
        <button type="button" class="dict__btn" data-cg-action="export-dictionary-csv" onClick={() => onExport('csv')}>
          {t('dict_export_csv')}
        </button>
      </div>
      <label class="dict__field">
        <span>{t('dict_import')}</span>
        <input
          ref={fileRef}
          type="file"
          accept=".csv,.json,.tsv,.txt,text/csv,application/json"
          data-cg-action="import-dictionary"
          aria-describedby="dict-import-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
        <small id="dict-import-hint">{t('dict_import_hint')}</small>
      </label>
      {preview ? (
        <ImportPreview
          preview={preview}
          onConfirm={(validOnly) => {
            backToInput();
            onConfirm(validOnly);
          }}
          onCancel={() => {
            backToInput();
            onCancel();
          }}
        />
      ) : null}
    </div>
  );
}

type PreviewProps = {
  preview: ImportPreviewModel;
  onConfirm: (validOnly: boolean) => void;
  onCancel: () => void;
};

/**
 * What a file would change, with its bad rows. It takes the focus when it appears (named by its summary), so that a
 * keyboard or screen reader user, still on the file input, learns that the file was read and what it holds.
 */
function ImportPreview({ preview, onConfirm, onCancel }: PreviewProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="dict__preview" ref={ref} tabIndex={-1} data-cg-field="import-preview" role="region" aria-labelledby="dict-import-summary">
      <p id="dict-import-summary" data-cg-field="import-summary">
        {t('dict_import_preview', preview.name, formatNumber(preview.added), formatNumber(preview.replaced), formatNumber(preview.unchanged))}
      </p>
      {preview.bad.length > 0 ? (
        <>
          <p class="dict__error">{tn('dict_import_bad', preview.bad.length)}</p>
          <ul class="dict__bad" data-cg-field="import-bad">
            {preview.bad.slice(0, SHOWN_BAD).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {preview.bad.length > SHOWN_BAD ? <p>{tn('dict_import_more_bad', preview.bad.length - SHOWN_BAD)}</p> : null}
        </>
      ) : null}
      {preview.writable === 0 && preview.bad.length === 0 ? <p>{t('dict_import_nothing')}</p> : null}
      <div class="dict__actions">
        {preview.bad.length === 0 && preview.writable > 0 ? (
          <button type="button" class="dict__btn dict__btn--main" data-cg-action="confirm-import" onClick={() => onConfirm(false)}>
            {t('dict_import_confirm')}
          </button>
        ) : null}
        {preview.bad.length > 0 && preview.writable > 0 ? (
          <button type="button" class="dict__btn" data-cg-action="import-valid" onClick={() => onConfirm(true)}>
            {tn('dict_import_valid_only', preview.valid)}
          </button>
        ) : null}
        <button type="button" class="dict__btn" data-cg-action="cancel-import" onClick={onCancel}>
          {t('dict_cancel')}
        </button>
      </div>
    </div>
  );
}
