// Crisis posts, apart from leads: resources first, paged, with the age window stated.
import { api, query } from './api.js';
import { $, plural } from './dom.js';
import { createPanel } from './panel.js';
import { fillPager, postItem } from './posts.js';
import { current, update } from './state-url.js';

const PAGE_SIZE = 20;

export function createCrisis() {
  const panel = createPanel($('crisis-status'), async () => {
    const s = current();
    const crisis = await api(`/api/crisis${query({ page: s.cpage, pageSize: PAGE_SIZE })}`);
    $('crisis-resources').textContent = crisis.resourcesText;
    $('crisis-posts').replaceChildren(...crisis.items.map((post) => postItem(post, null)));
    const page = crisis.page || Number(s.cpage);
    fillPager($('crisis-pager'), page, crisis.pageSize || PAGE_SIZE, crisis.total, (n) => { update({ cpage: String(n) }); panel.run(); });
    const window = crisis.maxAgeDays ? `the last ${crisis.maxAgeDays} days` : 'the configured age window';
    const first = crisis.total === 0 ? 0 : (page - 1) * (crisis.pageSize || PAGE_SIZE) + 1;
    const last = Math.min(crisis.total, first + crisis.items.length - 1);
    return crisis.total === 0
      ? `No crisis posts in ${window}.`
      : `${plural(crisis.total, 'crisis post')} in ${window}; showing ${first}–${last}, newest first.`;
  });
  return panel;
}
