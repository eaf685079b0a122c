// The dashboard's entry point: the key form, the tabs, and one loader per panel, all driven by the URL.
import { apiKey, whenKeyRefused } from './api.js';
import { createAlerts } from './alerts.js';
import { createCrisis } from './crisis.js';
import { $, el } from './dom.js';
import { createDrill } from './drill.js';
import { knownSources, knownTopics, sourceLabel, topicLabel } from './labels.js';
import { createMedications } from './medications.js';
import { createQuestions } from './questions.js';
import { createRising } from './rising.js';
import { current, reread, update } from './state-url.js';
import { loadStatus } from './status.js';
import { timeZone } from './time.js';
import { createTrends } from './trends.js';

function setStatus(text, isError) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

function fillChoices() {
  for (const select of document.querySelectorAll('.topic-select')) {
    select.replaceChildren(el('option', '', 'any'), ...knownTopics.map((t) => { const o = el('option', '', topicLabel(t)); o.value = t; return o; }));
    select.firstChild.value = '';
  }
  for (const select of document.querySelectorAll('.source-select')) {
    select.replaceChildren(el('option', '', 'any'), ...knownSources.map((s) => { const o = el('option', '', sourceLabel(s)); o.value = s; return o; }));
    select.firstChild.value = '';
  }
}

function showTab(name) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  for (const panel of document.querySelectorAll('[role="tabpanel"]')) panel.hidden = panel.id !== `tab-${name}`;
}

const showZone = () => { $('time-zone').textContent = `All dates and times are in ${timeZone()}, the listener's time zone.`; };

document.addEventListener('DOMContentLoaded', () => {
  fillChoices();
  const drill = createDrill();
  // The medications view counts the last full week of the chosen range, so it follows a change of range.
  const trends = createTrends({ drill, onTimeZone: showZone, onRangeChanged: () => medications.run() });
  const rising = createRising();
  const medications = createMedications({ showQuestions: (m) => { showTab('questions'); questions.showMedication(m); } });
  const questions = createQuestions({ onCountsChanged: () => medications.run() });
  const crisis = createCrisis();
  const alerts = createAlerts();

  async function loadAll() {
    if (!apiKey.get()) return;
    setStatus('Loading…');
    showZone();
    // The trends answer names the listener's time zone: the other panels show their times in it.
    await trends.run();
    await Promise.all([loadStatus(showZone), rising.run(), medications.run(), questions.run(), crisis.run(), alerts.run()]);
    drill.show();
    if (apiKey.get()) setStatus('Connected. Each panel says when it last loaded or what failed.');
    document.body.dataset.loaded = 'true';
  }

  whenKeyRefused(() => {
    apiKey.forget();
    setStatus('The API key was refused or has expired: enter a valid key.', true);
    $('api-key').focus();
  });
  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    apiKey.set($('api-key').value.trim());
    $('api-key').value = '';
    loadAll();
  });
  $('forget-key').addEventListener('click', () => {
    apiKey.forget();
    setStatus('Key forgotten. Enter an API key to load the dashboard.');
  });
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => { update({ tab: tab.dataset.tab }); showTab(tab.dataset.tab); });
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      next.click();
    });
  });
  window.addEventListener('popstate', () => {
    showTab(reread().tab);
    loadAll();
  });
  showTab(current().tab);
  if (apiKey.get()) setStatus('Loading…');
  loadAll();
});
