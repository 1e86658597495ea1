import type { Language } from './money';

/** The platform's calendar is China Standard Time: deadlines and dates are shown in it, whatever the browser's zone. */
export const CityTimeZone = 'Asia/Shanghai';

export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+08:00`) : new Date(value);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: CityTimeZone }).format(date);
}

export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: CityTimeZone }).format(new Date(value));
}

/** The time of day of an instant, in China Standard Time (for today's events: 10:32). */
export function formatTime(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: CityTimeZone }).format(new Date(value));
}

/** Time left before a deadline: 3天5小时 / 3 d 5 h; minutes when under an hour. */
export function formatTimeLeft(seconds: number | string, language: Language): string {
  let left = Math.max(0, Math.floor(Number(seconds)));
  const days = Math.floor(left / 86400);
  left -= days * 86400;
  const hours = Math.floor(left / 3600);
  const minutes = Math.floor((left - hours * 3600) / 60);
  const zh = language === 'zh-CN';
  if (days > 0) return zh ? `${days}天${hours}小时` : `${days} d ${hours} h`;
  if (hours > 0) return zh ? `${hours}小时${minutes}分` : `${hours} h ${minutes} min`;
  return zh ? `${minutes}分钟` : `${minutes} min`;
}

/** A local date-time picked in a form, as an instant in China Standard Time (ISO 8601 with +08:00). */
export function cityDateTimeToIso(date: string, time: string): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

/** An instant as the value of a datetime-local input, in China Standard Time ("2026-12-01T09:30"). */
export function toCityLocalInput(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 3600 * 1000);
  return shifted.toISOString().slice(0, 16);
}

/** A datetime-local input's value, read as China Standard Time, as an ISO instant for the API. */
export function fromCityLocalInput(value: string): string {
  return new Date(`${value}:00+08:00`).toISOString();
}
