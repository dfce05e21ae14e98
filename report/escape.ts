/**
 * Escaping for every report format. Page text is untrusted: a sentence may hold `<img onerror>`,
 * `</style>`, a `javascript:` link or a spreadsheet formula. Reports build their markup from
 * escaped strings only, so page text always renders as text.
 */

/** Text for HTML element content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Page text inside Markdown, on one line: no emphasis, links, images, code, tables or inline HTML,
 * and no block marker (heading, list, quote) if the text starts a line.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([#+\-=]|\d+[.)])/, '$1\\$2');
}

/**
 * One CSV field (RFC 4180). A field that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
