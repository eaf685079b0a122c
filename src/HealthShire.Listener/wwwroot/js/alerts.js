// Spike alerts that fired between digests; the section stays hidden where the listener has no alerts API.
import { api } from './api.js';
import { $, el } from './dom.js';
import { topicLabel } from './labels.js';
import { createPanel } from './panel.js';
import { formatInstant, timeZone } from './time.js';

const subjectLabel = (kind, subject) => (String(kind).includes('topic') ? topicLabel(subject) : subject);

export function createAlerts() {
  const section = $('alerts-section');
  return createPanel($('alerts-status'), async () => {
    let response;
    try {
      response = await api('/api/alerts');
    } catch (error) {
      if (error.status === 404) {
        section.hidden = true;
        return '';
      }
      throw error;
    }
    section.hidden = false;
    const fired = response.fired || [];
    $('alerts').replaceChildren(...fired.map((f) => {
      const item = el('li');
      item.dataset.rule = f.ruleId;
      item.textContent = `${subjectLabel(f.kind, f.subject)} (${f.kind}): ${f.value} in ${f.period}, fired ${formatInstant(f.firedAt)} ${timeZone()}`;
      return item;
    }));
    const rules = (response.rules || []).length;
    return fired.length === 0 ? `No alert has fired; ${rules} rules are set (alerts add|list|remove).` : `${fired.length} alerts fired; ${rules} rules set.`;
  });
}
