// The trends view: range, interval, comparison and filters from the URL; chart or table; drill-down; export.
import { api, query } from './api.js';
import { drawChart } from './chart.js';
import { fillCommunityHint } from './community-hint.js';
import { $, plural } from './dom.js';
import { exportView } from './export.js';
import { createPanel } from './panel.js';
import { current, dayRange, update } from './state-url.js';
import { formatDay, setTimeZone, timeZone } from './time.js';
import { buildModel } from './trend-model.js';
import { fillTable } from './trend-table.js';

const FIELDS = ['range', 'from', 'to', 'interval', 'groupBy', 'measure', 'view', 'topic', 'source', 'community'];

export function viewParams(s = current()) {
  const range = dayRange(s);
  return { from: range.from, to: range.to, interval: s.interval, groupBy: s.groupBy, topic: s.topic, source: s.source, community: s.community };
}

export function createTrends({ drill, onTimeZone, onRangeChanged }) {
  const form = $('trend-controls');
  const panel = createPanel($('trends-status'), load);
  let lastModel = null;
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (lastModel) drawChart($('chart'), $('legend'), lastModel, drill.open); }, 150);
  });

  function syncControls(s) {
    const range = dayRange(s);
    for (const name of FIELDS) {
      const field = form.elements[name];
      if (field) field.value = name === 'from' || name === 'to' ? range[name] : s[name];
    }
  }

  async function load() {
    const s = current();
    syncControls(s);
    const params = viewParams(s);
    const response = await api(`/api/trends${query(params)}`);
    if (response.timeZone) {
      setTimeZone(response.timeZone);
      onTimeZone();
    }
    const model = buildModel(response, s);
    $('chart-figure').hidden = s.view !== 'chart';
    $('trend-table-wrap').hidden = s.view !== 'table';
    lastModel = model;
    drawChart($('chart'), $('legend'), model, drill.open);
    fillTable($('trend-table'), model, drill.open);
    fillCommunityHint($('trend-community-hint'), s.community, model.empty, (bare) => apply({ community: bare }), response.communityHint);
    const span = `${formatDay(params.from)} – ${formatDay(params.to)}`;
    if (model.empty) return `No posts from ${span} with these filters: widen the range or clear a filter.`;
    const posts = model.series.reduce((n, x) => n + x.total, 0);
    return `${plural(posts, 'post')} from ${span}, by ${s.interval}; dates in ${timeZone()}.`;
  }

  function apply(changes) {
    update(Object.assign({ drill: '', dfrom: '', dto: '', dq: '', dpage: '1' }, changes));
    drill.show();
    if (onRangeChanged) onRangeChanged();
    return panel.run();
  }

  function readForm(changed) {
    const e = form.elements;
    const changes = {};
    for (const name of FIELDS) if (e[name] && name !== 'from' && name !== 'to') changes[name] = e[name].value.trim();
    if (changed === 'from' || changed === 'to') changes.range = 'custom';
    if (changes.range === 'custom') {
      changes.from = e.from.value;
      changes.to = e.to.value;
      if (!changes.from || !changes.to) return null;
    } else {
      changes.from = '';
      changes.to = '';
    }
    return changes;
  }

  form.addEventListener('change', (event) => {
    if (event.target.name === 'community') return;
    const changes = readForm(event.target.name);
    if (changes) apply(changes);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const changes = readForm('');
    if (changes) apply(changes);
  });
  for (const format of ['csv', 'json']) {
    $(`export-${format}`).addEventListener('click', async () => {
      const status = $('export-status');
      status.textContent = `Preparing the ${format.toUpperCase()} export…`;
      try {
        await exportView(format, viewParams());
        status.textContent = `${format.toUpperCase()} export saved.`;
      } catch (error) {
        status.textContent = `Export failed: ${error.message}`;
      }
    });
  }
  return { run: panel.run };
}
