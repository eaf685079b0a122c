// Turns a /api/trends answer into what the chart and the table draw: one value per series and period.
import { groupColor, groupLabel, knownTopics } from './labels.js';
import { addDays, today } from './time.js';

const keyOf = (series) => series.group ?? series.key ?? series.topic ?? series.source ?? series.community ?? '';

function totalsByPeriod(response, rawSeries) {
  const totals = new Map();
  const given = response.totals;
  if (Array.isArray(given)) {
    for (const t of given) totals.set(t.start, Number(t.posts ?? t.total ?? 0));
  } else if (given && typeof given === 'object') {
    for (const [start, value] of Object.entries(given)) totals.set(start, Number(typeof value === 'object' ? value.posts : value));
  }
  if (totals.size === 0) {
    // Older answers carry no totals: the series together are all posts when grouped without filters.
    for (const s of rawSeries) for (const p of s.points) totals.set(p.start, (totals.get(p.start) || 0) + p.posts);
  }
  return totals;
}

export function buildModel(response, state) {
  const groupBy = response.groupBy || state.groupBy;
  const interval = response.interval || state.interval;
  const rawSeries = response.series || [];
  const periods = [...new Set(rawSeries.flatMap((s) => s.points.map((p) => p.start)))].sort();
  const totals = totalsByPeriod(response, rawSeries);
  const length = interval === 'day' ? 1 : 7;
  const now = today();
  const partialStarts = new Set(periods.filter((start) => addDays(start, length - 1) >= now));
  const share = state.measure === 'share';

  const series = rawSeries.map((raw) => {
    const byStart = new Map(raw.points.map((p) => [p.start, p]));
    const key = keyOf(raw);
    const points = periods.map((start) => {
      const p = byStart.get(start) || { start, posts: 0, questions: 0, unanswered: 0 };
      const total = totals.get(start) || 0;
      const partial = p.partial === undefined ? partialStarts.has(start) : Boolean(p.partial);
      if (partial) partialStarts.add(start);
      return { start, posts: p.posts, questions: p.questions, unanswered: p.unanswered, total, partial,
        value: share ? (total > 0 ? (100 * p.posts) / total : 0) : p.posts };
    });
    return { key, label: groupLabel(groupBy, key), points, total: points.reduce((n, p) => n + p.posts, 0) };
  }).filter((s) => s.total > 0);

  const topicOrder = (key) => { const i = knownTopics.indexOf(key); return i < 0 ? knownTopics.length : i; };
  series.sort((a, b) => (groupBy === 'topic' ? topicOrder(a.key) - topicOrder(b.key) : 0) || b.total - a.total);
  series.forEach((s, i) => { s.color = groupColor(groupBy, s.key, i); });

  return {
    groupBy,
    interval,
    measure: share ? 'share' : 'count',
    timeZone: response.timeZone,
    periods,
    partial: periods.map((start) => partialStarts.has(start)),
    series,
    empty: series.length === 0,
  };
}

export function unitTitle(model) {
  const per = model.interval === 'day' ? 'day' : 'week';
  return model.measure === 'share' ? `Share of all posts per ${per} (%)` : `Posts per ${per}`;
}

export function periodTitle(model, zone) {
  return `${model.interval === 'day' ? 'Day' : 'Week starting (Monday)'}, ${zone} time`;
}

export function formatValue(model, value) {
  return model.measure === 'share' ? `${value.toFixed(1)} %` : String(value);
}
