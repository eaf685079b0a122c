// Each panel loads on its own: a failed call shows its error and a Retry there, and the rest of the page stays.
import { button } from './dom.js';

export function createPanel(statusElement, load) {
  let running = 0;
  async function run() {
    const ticket = ++running;
    statusElement.classList.remove('error');
    statusElement.replaceChildren('Loading…');
    statusElement.dataset.state = 'loading';
    try {
      const message = await load();
      if (ticket !== running) return;
      statusElement.replaceChildren(message || '');
      statusElement.dataset.state = 'ready';
    } catch (error) {
      if (ticket !== running) return;
      statusElement.classList.add('error');
      statusElement.dataset.state = 'error';
      statusElement.replaceChildren(`Could not load: ${error.message} `, button('Retry', run, 'retry'));
    }
  }
  return { run };
}
