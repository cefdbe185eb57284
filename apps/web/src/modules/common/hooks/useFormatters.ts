import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** The largest unit that fits, so an age reads "9 days ago" rather than "216 hours ago". */
function relativeParts(seconds: number): [number, Intl.RelativeTimeFormatUnit] {
  const size = Math.abs(seconds);
  if (size < HOUR) return [Math.round(seconds / MINUTE), 'minute'];
  if (size < DAY) return [Math.round(seconds / HOUR), 'hour'];
  if (size < MONTH) return [Math.round(seconds / DAY), 'day'];
  if (size < YEAR) return [Math.round(seconds / MONTH), 'month'];
  return [Math.round(seconds / YEAR), 'year'];
}

/** Dates and numbers in the reader's language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' });
    const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' });
    // A calendar day as typed (2026-01-01) is the same day everywhere, so it is read and shown in UTC.
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    const number = new Intl.NumberFormat(language);
    const signed = new Intl.NumberFormat(language, { signDisplay: 'exceptZero' });
    return {
      date: (iso: string) => date.format(new Date(iso)),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      month: (iso: string) => month.format(new Date(iso)),
      /** "Jan 1, 2026" for "2026-01-01". */
      day: (ymd: string) => day.format(new Date(`${ymd}T00:00:00Z`)),
      /** "9 days ago", "yesterday", "3 minutes ago": how long ago something happened. */
      ago: (iso: string) => relative.format(...relativeParts((new Date(iso).getTime() - Date.now()) / 1000)),
      number: (value: number) => number.format(value),
      /** "+6", "−100": points won or lost. */
      signed: (value: number) => signed.format(value),
    };
  }, [language]);
}
