/** `2022-03-15T10:10:00+07:00` -> `15/03/2022 10:10`, as Vietnamese news prints dates. */
export function formatDateVi(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : null;
}

/** 1234 -> "1.234" (Vietnamese groups thousands with dots). */
export function formatCountVi(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
