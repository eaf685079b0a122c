// All view state lives in the URL, so a view can be bookmarked and shared and a reload restores it.
import { addDays, isDay, today, weekStart } from './time.js';

const DEFAULTS = {
  tab: 'trends',
  range: '12w',
  from: '',
  to: '',
  interval: 'week',
  groupBy: 'topic',
  measure: 'count',
  view: 'chart',
  topic: '',
  source: '',
  community: '',
  // The drill-down list: one series (group) over one period or the whole range.
  drill: '',
  dfrom: '',
  dto: '',
  dq: '',
  dpage: '1',
  // The questions view.
  qq: '',
  qtopic: '',
  qsource: '',
  qcommunity: '',
  med: '',
  age: '', // empty: the listener's configured window (Questions:MaxAge)
  order: 'newest',
  qpage: '1',
  cpage: '1',
};

const CHOICES = {
  tab: ['trends', 'questions', 'medications', 'crisis'],
  range: ['4w', '12w', '6m', '1y', 'custom'],
  interval: ['week', 'day'],
  groupBy: ['topic', 'source', 'community'],
  measure: ['count', 'share'],
  view: ['chart', 'table'],
  order: ['newest', 'score'],
};

export const PRESET_DAYS = { '4w': 28, '12w': 84, '6m': 182, '1y': 365 };

let state = read();

function read() {
  const search = new URLSearchParams(window.location.search);
  const next = Object.assign({}, DEFAULTS);
  // Links from alert e-mails name a view by its hash (…/#crisis).
  const hash = window.location.hash.slice(1);
  if (CHOICES.tab.includes(hash)) next.tab = hash;
  for (const name of Object.keys(DEFAULTS)) {
    const value = search.get(name);
    if (value === null) continue;
    if (CHOICES[name] && !CHOICES[name].includes(value)) continue;
    next[name] = value.slice(0, 200);
  }
  const age = Number.parseInt(next.age, 10);
  next.age = Number.isFinite(age) ? String(Math.min(90, Math.max(1, age))) : '';
  if (next.range === 'custom' && !(isDay(next.from) && isDay(next.to))) next.range = DEFAULTS.range;
  return next;
}

export const current = () => Object.assign({}, state);

/** Changes some of the state and records it in the URL (a new history entry, so Back works). */
export function update(changes) {
  state = Object.assign({}, state, changes);
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    if (value !== DEFAULTS[name] && value !== '' && value !== null && value !== undefined) search.set(name, String(value));
  }
  const text = search.toString();
  window.history.pushState(null, '', `${window.location.pathname}${text ? `?${text}` : ''}`);
  return current();
}

/** After Back or Forward: the state the URL now holds. */
export function reread() {
  state = read();
  return current();
}

/** The first and last day of the chosen range, in the listener time zone. */
export function dayRange(s = state) {
  if (s.range === 'custom') return s.from <= s.to ? { from: s.from, to: s.to } : { from: s.to, to: s.from };
  const to = today();
  const first = addDays(to, 1 - PRESET_DAYS[s.range]);
  return { from: s.interval === 'week' ? weekStart(first) : first, to };
}
