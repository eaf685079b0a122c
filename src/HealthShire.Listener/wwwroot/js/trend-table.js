// The same numbers as the chart, as a table: the chart's text alternative, and a keyboard route to the posts.
import { el } from './dom.js';
import { formatDay, timeZone } from './time.js';
import { formatValue, periodTitle, unitTitle } from './trend-model.js';

export function fillTable(table, model, onDrill) {
  table.replaceChildren();
  if (model.empty) return;
  table.append(el('caption', '', `${unitTitle(model)}; ${periodTitle(model, timeZone())}.`));
  const head = el('thead');
  const headRow = el('tr');
  headRow.append(el('th', '', model.interval === 'day' ? 'Day' : 'Week of'));
  for (const s of model.series) {
    const th = el('th', 'number', s.label);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  model.periods.forEach((start, i) => {
    const row = el('tr');
    row.dataset.start = start;
    const th = el('th', '', `${formatDay(start)}${model.partial[i] ? ' (partial)' : ''}`);
    th.scope = 'row';
    row.append(th);
    for (const s of model.series) {
      const p = s.points[i];
      const cell = el('td', 'number');
      cell.dataset.series = s.key;
      if (p.posts > 0) {
        const link = el('button', 'cell-link', formatValue(model, p.value));
        link.type = 'button';
        link.setAttribute('aria-label', `${s.label}, ${formatDay(start)}: ${formatValue(model, p.value)} — list the posts`);
        link.addEventListener('click', () => onDrill(s.key, start));
        cell.append(link);
      } else {
        cell.textContent = formatValue(model, p.value);
      }
      row.append(cell);
    }
    body.append(row);
  });
  table.append(head, body);
}
