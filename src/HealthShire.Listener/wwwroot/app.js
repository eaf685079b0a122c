// The dashboard. Post text is hostile input: it only ever reaches the page through textContent
// and text nodes, never as HTML. No library and no build step.
'use strict';

(() => {
  const KEY_STORAGE = 'healthshire.apiKey';
  const SVG = 'http://www.w3.org/2000/svg';
  const COLORS = ['#1f6feb', '#d73a49', '#2da44e', '#bf8700', '#8250df', '#e16f24', '#0a7ea4', '#6e7781', '#cf222e'];
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    return node;
  }

  function setStatus(text, isError) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  async function api(path, options) {
    const key = sessionStorage.getItem(KEY_STORAGE) || '';
    const init = Object.assign({ headers: {} }, options || {});
    init.headers = Object.assign({ 'X-Api-Key': key, Accept: 'application/json' }, init.headers);
    const response = await fetch(path, init);
    if (response.status === 401) throw new Error('The API key was refused.');
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch { /* not a problem body */ }
      throw new Error(detail);
    }
    return response.status === 204 ? null : response.json();
  }

  // Only http(s) links to the original post are followed; anything else is shown as text.
  function safeUrl(raw) {
    try {
      const url = new URL(raw);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  }

  function drawChart(trends) {
    const chart = $('chart');
    const legend = $('legend');
    chart.replaceChildren();
    legend.replaceChildren();
    const series = trends.series
      .map((s, i) => ({ topic: s.topic, points: s.points, color: COLORS[i % COLORS.length], total: s.points.reduce((n, p) => n + p.posts, 0) }))
      .filter((s) => s.total > 0);
    if (series.length === 0) {
      chart.append(el('p', 'hint', 'No posts in these weeks yet.'));
      return;
    }

    const width = 760, height = 300, left = 48, right = 16, top = 16, bottom = 36;
    const weeks = series[0].points.map((p) => p.start);
    const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.posts)));
    const x = (i) => left + (weeks.length === 1 ? (width - left - right) / 2 : (i * (width - left - right)) / (weeks.length - 1));
    const y = (v) => top + (height - top - bottom) * (1 - v / max);
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Weekly posts per topic' });

    for (let step = 0; step <= 4; step++) {
      const value = Math.round((max * step) / 4);
      root.append(svg('line', { class: 'grid', x1: left, x2: width - right, y1: y(value), y2: y(value) }));
      const label = svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end' });
      label.textContent = String(value);
      root.append(label);
    }
    weeks.forEach((start, i) => {
      if (weeks.length > 8 && i % 2 === 1) return;
      const label = svg('text', { x: x(i), y: height - bottom + 16, 'text-anchor': 'middle' });
      label.textContent = start.slice(5);
      root.append(label);
    });
    root.append(svg('line', { class: 'axis', x1: left, x2: width - right, y1: y(0), y2: y(0) }));

    for (const s of series) {
      const d = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.posts).toFixed(1)}`).join(' ');
      root.append(svg('path', { class: 'series', d, stroke: s.color, 'data-topic': s.topic }));
      s.points.forEach((p, i) => {
        const dot = svg('circle', { cx: x(i), cy: y(p.posts), r: 3.5, fill: s.color, 'data-topic': s.topic, 'data-posts': p.posts });
        const title = svg('title');
        title.textContent = `${s.topic}, week of ${p.start}: ${p.posts} posts, ${p.questions} questions, ${p.unanswered} unanswered`;
        dot.append(title);
        root.append(dot);
      });

      const item = el('li');
      item.dataset.topic = s.topic;
      const swatch = svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' });
      swatch.append(svg('rect', { width: 14, height: 14, rx: 3, fill: s.color }));
      item.append(swatch, document.createTextNode(`${s.topic}: ${s.total} posts`));
      legend.append(item);
    }
    chart.append(root);
  }

  function formatNumber(value, digits) {
    return value === null || value === undefined ? '–' : Number(value).toFixed(digits);
  }

  function fillRising(rising) {
    const body = $('rising').tBodies[0];
    body.replaceChildren();
    for (const t of rising.topics) {
      const row = el('tr');
      const change = t.weekOverWeekChange === null ? '–' : `${(t.weekOverWeekChange * 100).toFixed(0)} %`;
      row.append(
        el('td', '', t.topic), el('td', '', t.weekStart), el('td', 'number', t.posts), el('td', 'number', t.previousWeekPosts),
        el('td', 'number', change), el('td', 'number', formatNumber(t.trailingMean, 1)), el('td', 'number', formatNumber(t.zScore, 2)));
      body.append(row);
    }
  }

  function fillMedications(medications) {
    const body = $('medications').tBodies[0];
    body.replaceChildren();
    if (medications.medications.length === 0) {
      const row = el('tr');
      const cell = el('td', 'hint', 'No post names a medication in these weeks.');
      cell.colSpan = 5;
      row.append(cell);
      body.append(row);
      return;
    }
    for (const m of medications.medications) {
      const row = el('tr');
      row.dataset.medication = m.medication;
      const change = m.weekOverWeekChange === null ? '–' : `${(m.weekOverWeekChange * 100).toFixed(0)} %`;
      row.append(
        el('td', '', m.medication), el('td', 'number', m.posts), el('td', 'number', m.previousWeekPosts),
        el('td', 'number', change), el('td', 'number', m.openQuestions));
      body.append(row);
    }
  }

  function postItem(post, actions) {
    const item = el('li');
    item.dataset.id = post.id;
    const href = safeUrl(post.url);
    const title = el(href ? 'a' : 'span', 'title', post.title || '(no title)');
    if (href) {
      title.href = href;
      title.target = '_blank';
      title.rel = 'noopener noreferrer';
    }
    const when = new Date(post.createdAt).toLocaleString();
    const meta = [post.source, post.community, post.topic, when, `score ${post.score}`, `${post.replyCount} replies`];
    if (post.medicationQuestion) meta.push('medication question');
    item.append(title, el('p', 'meta', meta.join(' · ')));
    if (post.medications && post.medications.length > 0) item.append(el('p', 'medications', `Medications: ${post.medications.join(', ')}`));
    item.append(el('p', 'excerpt', post.excerpt));
    if (actions) item.append(actions(post, item));
    return item;
  }

  function markButtons(post, item) {
    const bar = el('div', 'actions');
    for (const [status, label] of [['engaged', 'Engaged'], ['dismissed', 'Dismiss']]) {
      const button = el('button', '', label);
      button.type = 'button';
      button.addEventListener('click', async () => {
        try {
          await api(`/api/questions/${encodeURIComponent(post.id)}/status`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ status }),
          });
          item.remove();
          setStatus(`Marked ${status}.`);
        } catch (error) {
          setStatus(error.message, true);
        }
      });
      bar.append(button);
    }
    return bar;
  }

  function filterQuery() {
    const form = new FormData($('question-filters'));
    const query = new URLSearchParams();
    for (const [name, value] of form.entries()) if (String(value).trim()) query.set(name, String(value).trim());
    return query.toString();
  }

  async function loadQuestions() {
    const page = await api(`/api/questions?${filterQuery()}`);
    $('questions-total').textContent = `${page.total} open questions`;
    $('questions').replaceChildren(...page.items.map((post) => postItem(post, markButtons)));
  }

  async function loadCrisis() {
    const crisis = await api('/api/crisis');
    $('crisis-resources').textContent = crisis.resourcesText;
    $('crisis-total').textContent = `${crisis.total} crisis posts`;
    $('crisis-posts').replaceChildren(...crisis.items.map((post) => postItem(post, null)));
  }

  async function loadAll() {
    if (!sessionStorage.getItem(KEY_STORAGE)) return;
    setStatus('Loading…');
    try {
      const topics = await api('/api/topics');
      for (const select of document.querySelectorAll('.topic-select')) {
        select.replaceChildren(el('option', '', 'any'), ...topics.map((t) => el('option', '', t)));
        select.firstChild.value = '';
      }
      const [trends, rising, medications] = await Promise.all(
        [api('/api/trends?interval=week'), api('/api/trends/rising'), api('/api/medications')]);
      drawChart(trends);
      fillRising(rising);
      fillMedications(medications);
      await Promise.all([loadQuestions(), loadCrisis()]);
      setStatus('Up to date.');
      document.body.dataset.loaded = 'true';
    } catch (error) {
      setStatus(error.message, true);
    }
  }

  function showTab(name) {
    for (const tab of document.querySelectorAll('[role="tab"]')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
    for (const panel of document.querySelectorAll('[role="tabpanel"]')) panel.hidden = panel.id !== `tab-${name}`;
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(KEY_STORAGE, $('api-key').value.trim());
      $('api-key').value = '';
      loadAll();
    });
    $('forget-key').addEventListener('click', () => {
      sessionStorage.removeItem(KEY_STORAGE);
      setStatus('Key forgotten. Enter an API key to load the dashboard.');
    });
    $('question-filters').addEventListener('submit', (event) => {
      event.preventDefault();
      loadQuestions().catch((error) => setStatus(error.message, true));
    });
    for (const tab of document.querySelectorAll('[role="tab"]')) tab.addEventListener('click', () => showTab(tab.dataset.tab));
    loadAll();
  });
})();
