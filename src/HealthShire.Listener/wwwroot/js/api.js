// Every call to the listener API goes through here: the key header, and errors that say what went wrong.
const KEY_STORAGE = 'healthshire.apiKey';

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export const apiKey = {
  get: () => sessionStorage.getItem(KEY_STORAGE) || '',
  set: (value) => sessionStorage.setItem(KEY_STORAGE, value),
  forget: () => sessionStorage.removeItem(KEY_STORAGE),
};

// Told when the key is refused, so the page can send the user back to the key form.
let onRefused = () => {};
export function whenKeyRefused(handler) {
  onRefused = handler;
}

async function send(path, options) {
  const init = Object.assign({ headers: {} }, options || {});
  init.headers = Object.assign({ 'X-Api-Key': apiKey.get() }, init.headers);
  const response = await fetch(path, init);
  if (response.status === 401 || response.status === 403) {
    onRefused();
    throw new ApiError('The API key was refused: enter a valid key.', response.status);
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`.trim();
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch { /* not a problem body */ }
    throw new ApiError(detail, response.status);
  }
  return response;
}

export async function api(path, options) {
  const response = await send(path, Object.assign({}, options, {
    headers: Object.assign({ Accept: 'application/json' }, (options || {}).headers),
  }));
  return response.status === 204 ? null : response.json();
}

export async function postJson(path, body) {
  return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

export async function download(path) {
  const response = await send(path);
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), fileName: match ? match[1] : 'export' };
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') search.set(name, String(value).trim());
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
