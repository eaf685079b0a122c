// The posts behind a chart point or legend entry: paged, searchable; crisis posts never appear (the API leaves them out).
import { api, query } from './api.js';
import { $, plural } from './dom.js';
import { groupLabel } from './labels.js';
import { createPanel } from './panel.js';
import { fillPager, postItem } from './posts.js';
import { current, dayRange, update } from './state-url.js';
import { addDays, formatDay } from './time.js';

const PAGE_SIZE = 20;

function drillParams(s) {
  const range = dayRange(s);
  const params = { topic: s.topic, source: s.source, community: s.community, from: s.dfrom || range.from, to: s.dto || range.to,
    q: s.dq, page: s.dpage, pageSize: PAGE_SIZE };
  params[s.groupBy] = s.drill;
  return params;
}

export function createDrill() {
  const section = $('drill');
  const panel = createPanel($('drill-status'), load);

  async function load() {
    const s = current();
    const params = drillParams(s);
    $('drill-heading').textContent = `Posts: ${groupLabel(s.groupBy, s.drill)}, ${s.dfrom && s.dfrom === s.dto
      ? formatDay(s.dfrom) : `${formatDay(params.from)} – ${formatDay(params.to)}`}`;
    $('drill-search').elements.q.value = s.dq;
    const page = await api(`/api/posts${query(params)}`);
    const posts = page.posts || page.items || [];
    $('drill-posts').replaceChildren(...posts.map((post) => postItem(post, null)));
    fillPager($('drill-pager'), page.page || 1, page.pageSize || PAGE_SIZE, page.total, (n) => { update({ dpage: String(n) }); panel.run(); });
    if (page.total === 0) return s.dq ? `No posts match “${s.dq}” here. Try other words or clear the search.` : 'No posts here.';
    return `${plural(page.total, 'post')} (crisis posts are never listed here; see the Crisis tab).`;
  }

  function show() {
    const s = current();
    section.hidden = !s.drill;
    if (s.drill) panel.run();
  }

  /** Opens the list for one series, over one period (start day) or, without one, the whole range. */
  function open(key, start) {
    const s = current();
    const length = s.interval === 'day' ? 1 : 7;
    const range = dayRange(s);
    const end = start ? addDays(start, length - 1) : '';
    update({ drill: key, dfrom: start ? (start < range.from ? range.from : start) : '', dto: start ? (end > range.to ? range.to : end) : '',
      dq: '', dpage: '1' });
    show();
    section.scrollIntoView({ block: 'nearest' });
    $('drill-heading').focus();
  }

  $('drill-search').addEventListener('submit', (event) => {
    event.preventDefault();
    update({ dq: event.target.elements.q.value.trim(), dpage: '1' });
    panel.run();
  });
  $('drill-close').addEventListener('click', () => {
    update({ drill: '', dfrom: '', dto: '', dq: '', dpage: '1' });
    show();
  });
  return { open, show };
}
