// The trend chart: an SVG drawn here, no library. The unfinished current period is drawn dashed and hollow,
// never as a drop to zero; the table view holds the same numbers as text.
import { el, plural, svg, svgText } from './dom.js';
import { formatDay, timeZone } from './time.js';
import { formatValue, periodTitle, unitTitle } from './trend-model.js';

const LEFT = 64, RIGHT = 30, TOP = 16, BOTTOM = 58;
let WIDTH = 760, HEIGHT = 330;

// The axis top: four equal steps of a round size; whole numbers for counts (a count of 0.25 posts means nothing).
function niceMax(value, whole) {
  if (whole && value <= 4) return 4;
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value / 4));
  const steps = whole && power === 1 ? [1, 2, 3, 5, 10] : [1, 2, 2.5, 5, 10];
  return steps.find((s) => s * power * 4 >= value) * power * 4;
}

function axes(root, model, x, y, max) {
  for (let step = 0; step <= 4; step++) {
    const value = (max * step) / 4;
    root.append(svg('line', { class: 'grid', x1: LEFT, x2: WIDTH - RIGHT, y1: y(value), y2: y(value) }));
    const text = model.measure === 'share' ? `${value.toFixed(max < 10 ? 1 : 0)}` : String(Math.round(value));
    root.append(svgText({ x: LEFT - 6, y: y(value) + 4, 'text-anchor': 'end' }, text));
  }
  const every = Math.max(1, Math.ceil(model.periods.length / Math.max(3, Math.floor((WIDTH - LEFT - RIGHT) / 80))));
  let lastYear = '';
  model.periods.forEach((start, i) => {
    if (i % every !== 0) return;
    const year = start.slice(0, 4);
    root.append(svgText({ x: x(i), y: HEIGHT - BOTTOM + 16, 'text-anchor': 'middle', class: 'tick' }, formatDay(start, year !== lastYear)));
    lastYear = year;
  });
  root.append(svg('line', { class: 'axis', x1: LEFT, x2: WIDTH - RIGHT, y1: y(0), y2: y(0) }));
  root.append(svg('line', { class: 'axis', x1: LEFT, x2: LEFT, y1: TOP, y2: y(0) }));
  root.append(svgText({ x: (LEFT + WIDTH - RIGHT) / 2, y: HEIGHT - 8, 'text-anchor': 'middle', class: 'axis-title', id: 'x-axis-title' },
    periodTitle(model, timeZone())));
  const yTitle = svgText({ x: 0, y: 0, 'text-anchor': 'middle', class: 'axis-title', id: 'y-axis-title',
    transform: `translate(14 ${(TOP + HEIGHT - BOTTOM) / 2}) rotate(-90)` }, unitTitle(model));
  root.append(yTitle);
}

function line(points, x, y, from, to) {
  return points.slice(from, to).map((p, i) => `${i === 0 ? 'M' : 'L'}${x(from + i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
}

function drawSeries(root, model, s, x, y, onDrill) {
  const firstPartial = model.partial.indexOf(true);
  const complete = firstPartial < 0 ? s.points.length : firstPartial;
  if (complete > 0) root.append(svg('path', { class: 'series', d: line(s.points, x, y, 0, complete), stroke: s.color, 'data-series': s.key }));
  if (firstPartial >= 0) {
    root.append(svg('path', { class: 'series partial', d: line(s.points, x, y, Math.max(0, complete - 1), s.points.length),
      stroke: s.color, 'data-series': s.key, 'data-partial': 'true' }));
  }
  s.points.forEach((p, i) => {
    const dot = svg('circle', {
      cx: x(i), cy: y(p.value), r: s.points.length > 60 ? 2.5 : 4, fill: p.partial ? '#fff' : s.color, stroke: s.color, class: 'point',
      'data-series': s.key, 'data-start': p.start, 'data-posts': p.posts, 'data-partial': String(p.partial),
    });
    const title = svg('title');
    title.textContent = `${s.label}, ${formatDay(p.start)}${p.partial ? ' (partial: not over yet)' : ''}: ` +
      `${formatValue(model, p.value)}${model.measure === 'share' ? ` (${p.posts} of ${p.total} posts)` : ' posts'}`;
    dot.append(title);
    dot.addEventListener('click', () => onDrill(s.key, p.start));
    root.append(dot);
  });
}

export function drawChart(container, legend, model, onDrill) {
  container.replaceChildren();
  legend.replaceChildren();
  if (model.empty) return;
  // Drawn at the width it is shown at, so its text stays readable on a phone.
  WIDTH = Math.min(1000, Math.max(320, container.clientWidth || 760));
  HEIGHT = Math.max(260, Math.round(WIDTH * 0.43));
  const max = niceMax(Math.max(0, ...model.series.flatMap((s) => s.points.map((p) => p.value))), model.measure === 'count');
  const count = model.periods.length;
  const x = (i) => LEFT + (count === 1 ? (WIDTH - LEFT - RIGHT) / 2 : (i * (WIDTH - LEFT - RIGHT)) / (count - 1));
  const y = (v) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - v / max);
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
    'aria-label': `${unitTitle(model)} by ${model.groupBy}, ${formatDay(model.periods[0])} to ${formatDay(model.periods[count - 1])}; the table view lists the same numbers.` });
  axes(root, model, x, y, max);
  for (const s of model.series) drawSeries(root, model, s, x, y, onDrill);
  container.append(root);

  for (const s of model.series) {
    const item = el('li');
    item.dataset.series = s.key;
    const entry = el('button', 'legend-entry');
    entry.type = 'button';
    entry.setAttribute('aria-label', `${s.label}: ${plural(s.total, 'post')} — list them`);
    const swatch = svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' });
    swatch.append(svg('rect', { width: 14, height: 14, rx: 3, fill: s.color }));
    entry.append(swatch, document.createTextNode(`${s.label}: ${plural(s.total, 'post')}`));
    entry.addEventListener('click', () => onDrill(s.key, null));
    item.append(entry);
    legend.append(item);
  }
  if (model.partial.includes(true)) {
    legend.append(el('li', 'hint partial-note', `Dashed, hollow: the current ${model.interval}, not over yet (partial).`));
  }
}
