/**
 * Highlights as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/), our JSON export. Other
 * tools read the annotations; `chuGiai` at the collection level carries what the model has no place for (the article
 * records), so that `parseImport` restores everything. JSON-LD processors drop the term, as it is not in the context.
 */
import type { HighlightColor, HighlightRecord } from '../highlight/model';
import type { Selector } from '../highlight/selectors';
import { type Locale, translate, translatePlural } from '../i18n';
import { isoTime } from './shared';
import type { ArticleRecord, ExportArticle } from './types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Version of the `chuGiai` extension data; import refuses newer ones. */
export const CHU_GIAI_FORMAT_VERSION = 1;

export interface WebAnnotationTextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface WebAnnotation {
  /** `urn:uuid:<highlight id>`. */
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  /** ISO 8601, UTC. */
  created: string;
  modified: string;
  /** The note (when there is one), then the colour as a tag. */
  body: WebAnnotationTextualBody[];
  target: { source: string; selector: Selector[] };
}

export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** When the file was made, ISO 8601. */
  generated: string;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
  chuGiai: { version: typeof CHU_GIAI_FORMAT_VERSION; articles: ArticleRecord[] };
}

const colorBody = (color: HighlightColor): WebAnnotationTextualBody => ({
  type: 'TextualBody',
  value: color,
  format: 'text/plain',
  purpose: 'tagging',
});

/** A highlight as an Annotation. A note, even one of only spaces, is a commenting body and the motivation. */
export function toAnnotation(h: HighlightRecord): WebAnnotation {
  const hasNote = h.note !== '';
  const body: WebAnnotationTextualBody[] = hasNote
    ? [{ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' }, colorBody(h.color)]
    : [colorBody(h.color)];
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : 'highlighting',
    created: isoTime(h.created),
    modified: isoTime(h.updated),
    body,
    target: { source: h.articleUrl, selector: h.selectors.map((s) => ({ ...s })) },
  };
}

/**
 * The articles and their highlights as one AnnotationCollection with a single embedded page.
 * @param options.locale the language of the collection's label; default Vietnamese
 */
export function toWebAnnotation(items: readonly ExportArticle[], options: { now: Date; locale?: Locale }): WebAnnotationCollection {
  const { locale = 'vi' } = options;
  const annotations = items.flatMap((i) => i.highlights.map(toAnnotation));
  const label = translate(
    locale,
    'export_json_label',
    translatePlural(locale, 'export_articles', items.length),
    translatePlural(locale, 'export_highlights', annotations.length),
  );
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    generated: options.now.toISOString(),
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
    chuGiai: { version: CHU_GIAI_FORMAT_VERSION, articles: items.map((i) => ({ ...i.article })) },
  };
}
