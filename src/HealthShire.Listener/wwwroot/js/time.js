// One time zone for every date and time on the page: the listener's, as the API names it.
let zone = 'UTC';

export function setTimeZone(name) {
  if (!name) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    zone = name;
  } catch { /* unknown to this browser: keep the previous zone */ }
}

export const timeZone = () => zone;

function parts(date) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/** "2026-12-08 14:05" in the listener time zone. */
export function formatInstant(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Today (yyyy-MM-dd) in the listener time zone. */
export function today() {
  const p = parts(new Date());
  return `${p.year}-${p.month}-${p.day}`;
}

const asDate = (day) => new Date(`${day}T00:00:00Z`);
const asDay = (date) => date.toISOString().slice(0, 10);

export function addDays(day, count) {
  const date = asDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return asDay(date);
}

/** The Monday on or before the day (ISO weeks, as the listener cuts them). */
export function weekStart(day) {
  const date = asDate(day);
  return addDays(day, -((date.getUTCDay() + 6) % 7));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "8 Dec 2026", or "8 Dec" when withYear is false. */
export function formatDay(day, withYear = true) {
  const date = asDate(day);
  const text = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return withYear ? `${text} ${date.getUTCFullYear()}` : text;
}

export const isDay = (text) => /^\d{4}-\d{2}-\d{2}$/.test(text || '') && !Number.isNaN(asDate(text).getTime());
