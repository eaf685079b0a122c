// Communities are stored by bare name ("bipolar"), so "r/bipolar" or "@bipolar" finds nothing: say so, offer the fix.
import { button, el } from './dom.js';

export function bareCommunity(text) {
  return String(text || '').trim().replace(/^\/?(r|u|m)\//i, '').replace(/^[@#]/, '');
}

export function fillCommunityHint(container, community, nothingFound, onTry) {
  container.replaceChildren();
  container.hidden = true;
  if (!community || !nothingFound) return;
  const bare = bareCommunity(community);
  container.hidden = false;
  if (bare && bare !== community) {
    container.append(el('span', '', `Nothing matches the community “${community}”: communities are stored without “r/”, “@” or “#”. `),
      button(`Try “${bare}”`, () => onTry(bare), 'try-community'));
  } else {
    container.append(el('span', '', `Nothing matches the community “${community}”. Check the spelling, or clear the community filter.`));
  }
}
