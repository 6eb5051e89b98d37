// This file holds the few calendar facts the deadline parser needs, on plain numbers: leap years,
// days in a month, ISO yyyy-mm-dd formatting. No Date objects, so results never depend on the clock
// or the time zone of the machine (Apps Script runs in the script's zone, Node in the host's).

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The most days a month can have in any year (29 for February), for dates written without a year. */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : daysInMonth(2001, month);
}

/** ISO yyyy-mm-dd; the caller guarantees a 4-digit year and a valid day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}
