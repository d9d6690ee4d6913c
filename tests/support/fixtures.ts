/** The sample pages and their expected results, as the unit and end-to-end tests read them. */
import { loadPages, type Page } from '../../scripts/lib/fixture-server.mjs';

export type { Page };

/** Hand-written pages that come with an expected.json. */
export function expectedPages(): Array<Page & { expected: NonNullable<Page['expected']> }> {
  return loadPages().filter((p): p is Page & { expected: NonNullable<Page['expected']> } => p.expected !== null);
}

/** Text as a reader sees it: NFC, runs of white space as one space. */
export const readerText = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ');
