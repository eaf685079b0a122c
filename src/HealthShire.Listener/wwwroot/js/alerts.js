// Spike alerts that fired between digests; the section stays hidden where the listener has no alerts API.
import { api } from './api.js';
import { $, el, plural } from './dom.js';
import { topicLabel } from './labels.js';
import { createPanel } from './panel.js';
import { formatInstant, timeZone } from './time.js';

const subjectLabel = (kind, subject) => (kind === 'topic' ? topicLabel(subject) : subject);
const measure = (kind) => (kind === 'crisis' ? 'crisis posts × the weekly mean' : 'z-score');

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
    const thresholds = new Map((response.rules || []).map((r) => [r.id, r.threshold]));
    $('alerts').replaceChildren(...fired.map((f) => {
      const item = el('li');
      item.dataset.rule = f.ruleId;
      const threshold = thresholds.has(f.ruleId) ? ` (threshold ${thresholds.get(f.ruleId)})` : '';
      item.textContent = `${subjectLabel(f.kind, f.subject)} (${f.kind}): ${measure(f.kind)} ${f.value}${threshold} in ${f.period}, ` +
        `fired ${formatInstant(f.firedAt)} ${timeZone()}`;
      return item;
    }));
    const rules = (response.rules || []).length;
    return fired.length === 0
      ? `No alert has fired; ${plural(rules, 'rule')} set (alerts add|list|remove).`
      : `${plural(fired.length, 'alert')} fired; ${plural(rules, 'rule')} set.`;
  });
}
