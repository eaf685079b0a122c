// Export buttons: the current view's range and filters, through /api/export, saved as a file.
import { download, query } from './api.js';

export async function exportView(format, params) {
  const { blob, fileName } = await download(`/api/export${query(Object.assign({ format }, params))}`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName || `healthshire-export.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
