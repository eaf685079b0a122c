// "Last collected at …" per source, and the listener's time zone: from /api/status where it exists, else /healthz.
import { api } from './api.js';
import { $ } from './dom.js';
import { sourceLabel } from './labels.js';
import { formatInstant, setTimeZone, timeZone } from './time.js';

const latest = (values) => values.filter(Boolean).sort().at(-1) || null;

function collectedAt(report) {
  if (report.lastCollectedAt !== undefined) return report.lastCollectedAt;
  const checkpoints = Object.values(report.checkpoints || {}).map((c) => c.updatedAt);
  return latest([report.lastSuccessAt, ...checkpoints]);
}

async function readStatus() {
  try {
    return await api('/api/status');
  } catch (error) {
    if (error.status !== 404) throw error;
  }
  // /healthz answers 503 with the same body when a source is degraded: the body is still the report.
  const response = await fetch('/healthz', { headers: { Accept: 'application/json' } });
  return response.json();
}

/** Fills the "last collected" line; returns nothing, and says so on the page if the status cannot be read. */
export async function loadStatus(onTimeZone) {
  const line = $('collected');
  try {
    const status = await readStatus();
    if (status.timeZone) {
      setTimeZone(status.timeZone);
      onTimeZone();
    }
    // Enabled sources, and switched-off ones that collected before (their posts are still counted).
    // /api/status lists the sources; /healthz keys them by name.
    const listed = Array.isArray(status.sources) ? status.sources.map((s) => [s.name, s]) : Object.entries(status.sources || {});
    const sources = listed
      .map(([name, s]) => ({ name, enabled: s.enabled !== false, at: collectedAt(s), failing: (s.consecutiveFailures || 0) > 0 }))
      .filter((s) => s.enabled || s.at);
    if (sources.length === 0) {
      line.textContent = 'No source is enabled and none has collected yet: nothing is being collected.';
      return;
    }
    const parts = sources.map((s) =>
      `${sourceLabel(s.name)}${s.enabled ? '' : ' (off)'} ${s.at ? formatInstant(s.at) : 'never'}${s.failing ? ' (last pass failed)' : ''}`);
    line.textContent = `Last collected at (${timeZone()}): ${parts.join(' · ')}`;
  } catch (error) {
    line.textContent = `Collection status unavailable: ${error.message}`;
  }
}
