// The medications view: most-discussed first in the last full week of the chosen range, week-over-week change,
// and a way to their open questions.
import { api, query } from './api.js';
import { $, el } from './dom.js';
import { createPanel } from './panel.js';
import { percent } from './rising.js';
import { dayRange } from './state-url.js';
import { formatDay } from './time.js';

export function createMedications({ showQuestions }) {
  return createPanel($('medications-status'), async () => {
    const response = await api(`/api/medications${query({ to: dayRange().to })}`);
    const body = $('medications').tBodies[0];
    if (response.medications.length === 0) {
      body.replaceChildren();
      return 'No post names a medication in these weeks yet.';
    }
    body.replaceChildren(...response.medications.map((m) => {
      const row = el('tr');
      row.dataset.medication = m.medication;
      const open = el('td', 'number');
      if (m.openQuestions > 0) {
        const link = el('button', 'cell-link', String(m.openQuestions));
        link.type = 'button';
        link.setAttribute('aria-label', `${m.openQuestions} open questions naming ${m.medication} — show them`);
        link.addEventListener('click', () => showQuestions(m.medication));
        open.append(link);
      } else {
        open.textContent = '0';
      }
      row.append(el('td', '', m.medication), el('td', 'number', m.posts), el('td', 'number', m.previousWeekPosts),
        el('td', 'number', percent(m.weekOverWeekChange)), open);
      return row;
    }));
    return `Posts naming each medication in the week of ${formatDay(response.weekStart)} and the week before; open questions naming it now.`;
  });
}
