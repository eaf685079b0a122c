// Readable names and fixed colours: a topic keeps its colour whatever else is shown with it.
const TOPICS = {
  depression: ['Depression', '#1f6feb'],
  adhd: ['ADHD', '#bf3989'],
  anxiety: ['Anxiety', '#1a7f37'],
  bipolar: ['Bipolar disorder', '#9a6700'],
  ptsd: ['PTSD', '#8250df'],
  eating_disorder: ['Eating disorders', '#bc4c00'],
  self_harm_suicide: ['Self-harm / suicide', '#a40e26'],
  addiction: ['Addiction', '#0a7ea4'],
  none: ['Not mental health', '#6e7781'],
};

const SOURCES = { reddit: 'Reddit', x: 'X', mastodon: 'Mastodon', bluesky: 'Bluesky', blog: 'Blogs', feeds: 'Blogs' };

// For sources and communities, which have no fixed list: distinct hues, all at least 3:1 on white.
const EXTRA = ['#1f6feb', '#cf222e', '#1a7f37', '#9a6700', '#8250df', '#bc4c00', '#0a7ea4', '#bf3989', '#57606a', '#4d2d00'];

export function topicLabel(topic) {
  if (!topic) return '';
  return TOPICS[topic] ? TOPICS[topic][0] : String(topic).replaceAll('_', ' ');
}

export function sourceLabel(source) {
  return SOURCES[source] || String(source || '');
}

export function groupLabel(groupBy, key) {
  if (groupBy === 'source') return sourceLabel(key);
  if (groupBy === 'community') return String(key);
  return topicLabel(key);
}

export function groupColor(groupBy, key, index) {
  if (groupBy === 'topic' && TOPICS[key]) return TOPICS[key][1];
  return EXTRA[index % EXTRA.length];
}

export const knownTopics = Object.keys(TOPICS);

export const knownSources = ['reddit', 'x', 'mastodon', 'bluesky', 'blog'];
