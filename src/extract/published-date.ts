/** Vietnamese news gives times in Vietnam's zone (UTC+7, no daylight saving). */
const VN_OFFSET_MINUTES = 7 * 60;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats an instant as ISO 8601 in Vietnam time, e.g. `2022-03-15T10:10:00+07:00`. */
export function toVietnamIso(epochMs: number): string {
  const d = new Date(epochMs + VN_OFFSET_MINUTES * 60_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`
  );
}

/** `2022-03-15T10:10:00+07:00` -> `2022-03-15 10:10` (the wall-clock time the site printed). */
export function formatVietnamDateTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

function isValidDate(year: number, month: number, day: number, hour: number, minute: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || hour > 23 || minute > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * Reads a machine date (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`): ISO 8601 with or
 * without offset; a date without an offset is Vietnam time.
 * @return ISO 8601 in Vietnam time, or `null` if the text is not such a date.
 */
export function parseMachineDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m =
    /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i.exec(
      text,
    );
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [
    number, number, number, number, number, number,
  ];
  if (!isValidDate(year, month, day, hour, minute) || second > 59) return null;
  let offset = VN_OFFSET_MINUTES;
  const zone = m[7];
  if (zone && zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!z) return null;
    offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  } else if (zone) {
    offset = 0;
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return toVietnamIso(utc);
}

/**
 * Finds a visible Vietnamese date line, read as day/month/year with an optional time in either order:
 * "15/03/2022 10:10", "Thứ hai, 14/7/2025, 08:30 (GMT+7)", "10:10 15-03-2022", "05/11/2024 - 06:15".
 * @return ISO 8601 in Vietnam time of the first valid date in `text`, or `null`.
 */
export function parseVietnameseDateLine(text: string): string | null {
  const date = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])/g;
  const time = /(?<!\d)(\d{1,2})[:hH](\d{2})(?!\d)/;
  for (const m of text.matchAll(date)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    const index = m.index ?? 0;
    // The time is the one written right after the date, or right before it.
    const after = text.slice(index + m[0].length, index + m[0].length + 16);
    const before = text.slice(Math.max(0, index - 10), index);
    const t = time.exec(after) ?? time.exec(before);
    const hour = t ? Number(t[1]) : 0;
    const minute = t ? Number(t[2]) : 0;
    if (!isValidDate(year, month, day, hour, minute)) continue;
    return toVietnamIso(Date.UTC(year, month - 1, day, hour, minute) - VN_OFFSET_MINUTES * 60_000);
  }
  return null;
}
