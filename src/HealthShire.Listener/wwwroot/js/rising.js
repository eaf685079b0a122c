// Rising topics: the latest full week against the weeks before it.
import { api } from './api.js';
import { $, el } from './dom.js';
import { topicLabel } from './labels.js';
import { createPanel } from './panel.js';
import { formatDay } from './time.js';

export const percent = (change) => (change === null || change === undefined ? '–' : `${change > 0 ? '+' : ''}${(change * 100).toFixed(0)} %`);
const fixed = (value, digits) => (value === null || value === undefined ? '–' : Number(value).toFixed(digits));

export function createRising() {
  return createPanel($('rising-status'), async () => {
    const rising = await api('/api/trends/rising');
    const body = $('rising').tBodies[0];
    body.replaceChildren(...rising.topics.map((t) => {
      const row = el('tr');
      row.dataset.topic = t.topic;
      row.append(
        el('td', '', topicLabel(t.topic)), el('td', '', formatDay(t.weekStart)), el('td', 'number', t.posts),
        el('td', 'number', t.previousWeekPosts), el('td', 'number', percent(t.weekOverWeekChange)),
        el('td', 'number', fixed(t.trailingMean, 1)), el('td', 'number', fixed(t.zScore, 2)));
      return row;
    }));
    return `Week of ${rising.topics.length ? formatDay(rising.topics[0].weekStart) : '–'} against the ${rising.trailingWeeks} weeks before it.`;
  });
}
