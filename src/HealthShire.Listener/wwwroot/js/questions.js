// Open questions: search, age window (1–90 days), medication and other filters from the URL; marks that can be undone.
import { api, postJson, query } from './api.js';
import { fillCommunityHint } from './community-hint.js';
import { $, button, el, plural } from './dom.js';
import { createPanel } from './panel.js';
import { fillPager, postItem } from './posts.js';
import { current, update } from './state-url.js';

const PAGE_SIZE = 20;
const FIELDS = { qq: 'q', qtopic: 'topic', qsource: 'source', qcommunity: 'community', med: 'medication', age: 'maxAgeDays', order: 'order' };

export function createQuestions({ onCountsChanged }) {
  const form = $('question-filters');
  const notice = $('questions-notice');
  const panel = createPanel($('questions-status'), load);

  async function load() {
    const s = current();
    for (const name of Object.keys(FIELDS)) form.elements[name].value = s[name];
    const params = { page: s.qpage, pageSize: PAGE_SIZE };
    for (const [name, apiName] of Object.entries(FIELDS)) params[apiName] = s[name];
    const page = await api(`/api/questions${query(params)}`);
    $('questions-total').textContent = plural(page.total, 'open question');
    $('questions').replaceChildren(...page.items.map((post) => postItem(post, markButtons)));
    fillPager($('questions-pager'), page.page, page.pageSize, page.total, (n) => { update({ qpage: String(n) }); panel.run(); });
    fillCommunityHint($('questions-community-hint'), s.qcommunity, page.total === 0, (bare) => apply({ qcommunity: bare }), page.communityHint);
    const days = String(page.maxAgeDays || s.age || '');
    if (!s.age && days) form.elements.age.value = days;
    const window = days ? `the last ${days} ${days === '1' ? 'day' : 'days'}` : 'the age window';
    if (page.total > 0) return `Open questions from ${window}, ${s.order === 'score' ? 'highest score' : 'newest'} first.`;
    if (s.qq) return `No open question in ${window} matches “${s.qq}” — try other words or widen the window.`;
    return `No open questions in ${window} — widen the window${Number(days) < 90 ? ' (up to 90 days)' : ''} or clear a filter.`;
  }

  function apply(changes) {
    update(Object.assign({ qpage: '1' }, changes));
    return panel.run();
  }

  async function setStatus(post, status) {
    await postJson(`/api/questions/${encodeURIComponent(post.id)}/status`, { status });
  }

  function showNotice(post, status) {
    const undo = button('Undo', async () => {
      try {
        await setStatus(post, 'open');
        notice.replaceChildren(`“${post.title}” is open again.`);
        await refresh();
      } catch (error) {
        notice.replaceChildren(`Undo failed: ${error.message}`);
      }
    }, 'undo');
    notice.replaceChildren(el('span', '', `Marked “${post.title}” ${status}. `), undo);
    undo.focus();
  }

  function markButtons(post) {
    const bar = el('div', 'actions');
    for (const [status, label] of [['engaged', 'Engaged'], ['dismissed', 'Dismiss']]) {
      const mark = button(label, async () => {
        mark.disabled = true;
        try {
          await setStatus(post, status);
          showNotice(post, status);
          await refresh();
        } catch (error) {
          mark.disabled = false;
          notice.replaceChildren(`Could not mark it ${status}: ${error.message}`);
        }
      });
      mark.setAttribute('aria-label', `${label}: ${post.title}`);
      bar.append(mark);
    }
    return bar;
  }

  // Counts follow every action: this list, and the open questions per medication.
  async function refresh() {
    await panel.run();
    onCountsChanged();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const changes = {};
    for (const name of Object.keys(FIELDS)) changes[name] = form.elements[name].value.trim();
    const age = Number.parseInt(changes.age, 10);
    changes.age = Number.isFinite(age) ? String(Math.min(90, Math.max(1, age))) : '';
    notice.replaceChildren();
    apply(changes);
  });

  /** Shows the open questions naming one medication (from the medications view). */
  function showMedication(medication) {
    return apply({ med: medication, tab: 'questions' });
  }

  return { run: panel.run, showMedication };
}
