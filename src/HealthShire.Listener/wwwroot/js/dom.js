// Small DOM helpers. Post text is hostile input: it only ever reaches the page through textContent
// and text nodes, never as HTML.
const SVG_NS = 'http://www.w3.org/2000/svg';

export const $ = (id) => document.getElementById(id);

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function svg(tag, attributes) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  return node;
}

export function svgText(attributes, text) {
  const node = svg('text', attributes);
  node.textContent = String(text);
  return node;
}

export function button(label, onClick, className) {
  const node = el('button', className || '', label);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

// Only http(s) links to the original post are followed; anything else is shown as text.
export function safeUrl(raw) {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "1 post", "3 posts". */
export const plural = (count, noun) => `${count} ${noun}${Number(count) === 1 ? '' : 's'}`;
