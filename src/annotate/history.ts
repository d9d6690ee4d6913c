/**
 * A unit's identity and status on a given day, from the curated history of province- and district-level changes
 * (src/annotate/data/history.ts). Wards and communes keep no history: their status is the 30 June 2025 map's.
 */
import { FORMER_UNITS, HISTORY, HISTORY_END, HISTORY_START, type HistoryChange } from './data/history';
import type { Lexicon } from './lexicon';
import type { Place, PlaceType } from './types';

export { HISTORY_END, HISTORY_START, type HistoryChange };

/** The day (YYYY-MM-DD) of an ISO date or date-time, as written (a date-time's own offset, i.e. Vietnam time). */
export const dayOf = (date: string): string => date.slice(0, 10);

/**
 * Whether the unit existed under this identity (its name; a new type keeps it) on that date, by its `from` /
 * `until`. Permissive where the day of a change is not known: both the old and the new unit exist in between.
 * @param date ISO date or date-time; null = today (a unit that ended before 1 July 2025 does not exist, a `former`
 *   unit of the 2025 map still does: the era is the matcher's own test)
 */
export function existsAt(place: Place, date: string | null): boolean {
  if (date === null) return place.until === undefined;
  const day = dayOf(date);
  if (place.from !== undefined && day < place.from) return false;
  if (place.until !== undefined && day >= place.until) return false;
  return true;
}

export interface UnitStatus {
  type: PlaceType;
  name: string;
  parentId: string | null;
  /** The province it belonged to (itself for a province); null for a region. */
  provinceId: string | null;
  /**
   * `history`: the status on the date asked, from the dated history. `snapshot`: the data cannot say; the status is
   * the one on `asOf` (wards and communes: 30 June 2025; any unit before 2008: 1 January 2008).
   */
  basis: 'history' | 'snapshot';
  /** For `snapshot`: the day (YYYY-MM-DD) whose map the status is. */
  asOf?: string;
  /** The day this status began, when a recorded change made it (else it held since 2008 or longer). */
  knownFrom?: string;
  /** The change that made this status. */
  change?: HistoryChange;
  /**
   * A change whose day is not known that may or may not have taken effect by the date; the status is the one
   * before it.
   */
  uncertain?: HistoryChange;
  /** Changes of this unit after the date up to 30 June 2025, oldest first (the one that ended it included). */
  later: HistoryChange[];
  /** False when the unit did not exist under this identity on the date (the status is then its nearest one). */
  existed: boolean;
}

let changesById: Map<string, HistoryChange[]> | null = null;

/** The recorded changes that concern a unit, oldest first. */
export function changesOf(id: string): readonly HistoryChange[] {
  if (!changesById) {
    changesById = new Map();
    const sorted = [...HISTORY].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const change of sorted) {
      for (const unit of new Set([...change.before, ...change.after])) {
        const list = changesById.get(unit) ?? [];
        list.push(change);
        changesById.set(unit, list);
      }
    }
  }
  return changesById.get(id) ?? [];
}

const FORMER_IDS = new Set(FORMER_UNITS.map((u) => u.id));

/** Whether the unit ended before 1 July 2025 (it is not on the 2025 map). */
export const isPreReformFormer = (place: Place): boolean => FORMER_IDS.has(place.id) || place.until !== undefined;

/** Where a change stands relative to a day: certainly after it, certainly on or before it, or not known. */
function sideOf(change: HistoryChange, day: string): 'after' | 'before' | 'unknown' {
  if (change.date > day) return 'after';
  if ((change.latest ?? change.date) <= day) return 'before';
  return 'unknown';
}

function provinceIdOf(lexicon: Lexicon, place: Place, parentId: string | null): string | null {
  if (place.level === 'province') return place.id;
  let id = parentId;
  for (let depth = 0; id && depth < 4; depth++) {
    const p = lexicon.placeById.get(id);
    if (!p) return null;
    if (p.level === 'province') return p.id;
    id = p.parent;
  }
  return null;
}

/**
 * The unit's type, name and province on a date.
 * @param date ISO date or date-time; null = today (the unit's own fields)
 */
export function statusAt(lexicon: Lexicon, place: Place, date: string | null): UnitStatus {
  const own = { type: place.type, name: place.name, parentId: place.parent };
  const day = date === null ? null : dayOf(date);
  const plain = (basis: UnitStatus['basis'], asOf?: string): UnitStatus => ({
    ...own,
    provinceId: provinceIdOf(lexicon, place, place.parent),
    basis,
    ...(asOf ? { asOf } : {}),
    later: [],
    existed: existsAt(place, date),
  });
  if (place.level === 'region' || day === null || day > HISTORY_END) return plain('history');
  if (place.level === 'ward') return plain('snapshot', HISTORY_END);

  const at = day < HISTORY_START ? HISTORY_START : day;
  const state = { ...own };
  let existed = true;
  let change: HistoryChange | undefined;
  let uncertain: HistoryChange | undefined;
  const later: HistoryChange[] = [];
  const changes = changesOf(place.id);
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i]!;
    const side = sideOf(c, at);
    const inBefore = c.before.includes(place.id);
    const inAfter = c.after.includes(place.id);
    if (side === 'before') {
      if (!change) {
        if (inAfter) change = c;
        else existed = false; // it ended on or before the date
      }
      continue;
    }
    later.unshift(c);
    if (side === 'unknown' && !uncertain) uncertain = c;
    if (inBefore && inAfter) {
      if (c.was?.type) state.type = c.was.type;
      if (c.was?.name) state.name = c.was.name;
      if (c.was?.parent) state.parentId = c.was.parent;
    } else if (inAfter && side === 'after') existed = false; // it began after the date
  }
  // An uncertain change is not known to have happened yet: what it began may not have existed.
  if (uncertain && !uncertain.before.includes(place.id)) existed = existsAt(place, at);
  const status: UnitStatus = {
    ...state,
    provinceId: provinceIdOf(lexicon, place, state.parentId),
    basis: day < HISTORY_START ? 'snapshot' : 'history',
    later,
    existed: day < HISTORY_START ? existsAt(place, day) : existed,
  };
  if (day < HISTORY_START) status.asOf = HISTORY_START;
  if (change) {
    status.change = change;
    status.knownFrom = change.latest ?? change.date;
  }
  if (uncertain) status.uncertain = uncertain;
  return status;
}
