// When a community filter matches nothing, say why and what exists: the listener's own hint (it matches "r/bipolar"
// and letter case itself and names stored communities), or, from a listener without one, the likely fix.
import { button, el } from './dom.js';

export function bareCommunity(text) {
  return String(text || '').trim().replace(/^\/?(r|u|m)\//i, '').replace(/^[@#/]/, '');
}

export function fillCommunityHint(container, community, nothingFound, onTry, listenerHint) {
  container.replaceChildren();
  container.hidden = true;
  if (!community || !(nothingFound || listenerHint)) return;
  container.hidden = false;
  if (listenerHint) {
    container.append(el('span', '', listenerHint));
    return;
  }
  const bare = bareCommunity(community);
  if (bare && bare !== community) {
    container.append(el('span', '', `Nothing matches the community “${community}”: communities are stored without “r/”, “@” or “#”. `),
      button(`Try “${bare}”`, () => onTry(bare), 'try-community'));
  } else {
    container.append(el('span', '', `Nothing matches the community “${community}”. Check the spelling, or clear the community filter.`));
  }
}
