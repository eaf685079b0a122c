// One listed post: title (linked only when http(s)), where and when, its tags and the excerpt, all as text.
import { el, safeUrl } from './dom.js';
import { sourceLabel, topicLabel } from './labels.js';
import { formatInstant, timeZone } from './time.js';

function intentNames(intents) {
  if (Array.isArray(intents)) return intents.map(String);
  if (intents && typeof intents === 'object') return Object.entries(intents).filter(([, on]) => on === true).map(([name]) => name);
  return [];
}

export function postItem(post, actions) {
  const item = el('li');
  item.dataset.id = post.id;
  const href = safeUrl(post.url);
  const title = el(href ? 'a' : 'span', 'title', post.title || '(no title)');
  if (href) {
    title.href = href;
    title.target = '_blank';
    title.rel = 'noopener noreferrer';
  }
  const meta = [sourceLabel(post.source), post.community, `${formatInstant(post.createdAt)} ${timeZone()}`];
  if (post.score !== undefined) meta.push(`score ${post.score}`);
  if (post.replyCount !== undefined) meta.push(`${post.replyCount} replies`);
  item.append(title, el('p', 'meta', meta.filter(Boolean).join(' · ')));

  const tags = el('ul', 'tags');
  tags.setAttribute('aria-label', 'Tags');
  const intents = intentNames(post.intents);
  const names = [topicLabel(post.topic), ...intents.map((name) => name.replaceAll('_', ' '))];
  if (post.medicationQuestion && !intents.includes('medication_question')) names.push('medication question');
  for (const name of names.filter(Boolean)) tags.append(el('li', 'tag', name));
  item.append(tags);
  if (post.medications && post.medications.length > 0) item.append(el('p', 'medications', `Medications: ${post.medications.join(', ')}`));
  item.append(el('p', 'excerpt', post.excerpt));
  if (actions) item.append(actions(post, item));
  return item;
}

/** Previous / next buttons and "Page 2 of 5"; hidden when everything fits on one page. */
export function fillPager(container, page, pageSize, total, onPage) {
  container.replaceChildren();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return;
  const previous = el('button', '', 'Previous page');
  previous.type = 'button';
  previous.disabled = page <= 1;
  previous.addEventListener('click', () => onPage(page - 1));
  const next = el('button', '', 'Next page');
  next.type = 'button';
  next.disabled = page >= pages;
  next.addEventListener('click', () => onPage(page + 1));
  container.append(previous, el('span', 'page-of', `Page ${page} of ${pages}`), next);
}
