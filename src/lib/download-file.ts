/** What an export writes: text (CSV) or bytes (XLSX, ZIP). */
export type FileContent = string | Uint8Array;

/** The media types of the files the dashboard writes. */
export const FILE_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  json: 'application/json',
} as const;
export type FileExtension = keyof typeof FILE_TYPES;

/** Saves content as a file through a temporary link; the browser's own download flow does the rest. */
export function downloadFile(name: string, content: FileContent, type: string = FILE_TYPES.csv): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a tick later is enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `reform-metrics-figures-2025-03-07.csv`: the view and the local date. */
export function formatExportName(view: string, date: Date, extension: FileExtension = 'csv'): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `reform-metrics-${view}-${day}.${extension}`;
}
