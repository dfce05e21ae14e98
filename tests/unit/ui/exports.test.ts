// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { auditHtml } from '../../../cli/audit-html.ts';
import { findingKey, NO_NOTES } from '../../../report/context.ts';
import { toCsv } from '../../../report/csv.ts';
import { toHtml } from '../../../report/html.ts';
import { toJsonLine } from '../../../report/json.ts';
import { toMarkdown } from '../../../report/markdown.ts';
import { downloadFile, exportFile, exportFilename, reportContext } from '../../../utils/exports.ts';

const URL_A = 'https://www.pravda.com.ua/eng/news/2024/04/6/7450000/';
const html = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'seed-up-china-russia-cooperation.html'), 'utf8');
const record = auditHtml(URL_A, html, URL_A);
const AT = '2025-02-03T04:05:06.000Z';

describe('exports', () => {
  it('are the report builders\' output, the very strings the CLI prints', () => {
    const ctx = reportContext(AT);
    expect(exportFile('markdown', record, ctx).text).toBe(toMarkdown(record, { auditedAt: AT, notes: NO_NOTES }));
    expect(exportFile('csv', record, ctx).text).toBe(toCsv(record, ctx));
    expect(exportFile('html', record, ctx).text).toBe(toHtml(record, ctx));
    expect(exportFile('json', record, ctx).text).toBe(toJsonLine(record) + '\n');
  });

  it('carry the student\'s notes, except JSON', () => {
    const key = findingKey(record.findings.find((f) => f.category === 'anonymous')!);
    const ctx = reportContext(AT, { article: 'Check the FT piece.', findings: { [key]: 'Which officials?' } });
    for (const format of ['markdown', 'csv', 'html'] as const) {
      const text = exportFile(format, record, ctx).text;
      expect(text, format).toContain('Which officials?');
      expect(text, format).toContain(format === 'csv' ? 'Which officials?' : 'Check the FT piece.');
    }
    expect(exportFile('json', record, ctx).text).not.toContain('Which officials?');
  });

  it('are named after the article and the audit day, safely', () => {
    expect(exportFilename('markdown', record, AT)).toBe('sourcelens-us-concerned-about-growing-cooperation-between-china-and-2025-02-03.md');
    expect(exportFilename('csv', { title: '../../etc/passwd: "Привіт"' }, '')).toBe('sourcelens-etc-passwd-привіт.csv');
    expect(exportFilename('json', { title: '' }, AT)).toBe('sourcelens-article-2025-02-03.json');
  });

  it('download through an <a download> with a Blob URL (no downloads permission)', () => {
    const clicks: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:sourcelens/1');
    downloadFile({ filename: 'a.md', type: 'text/markdown;charset=utf-8', text: '# A\n' });
    expect(clicks).toEqual([{ href: 'blob:sourcelens/1', download: 'a.md' }]);
    expect((create.mock.calls[0][0] as Blob).type).toBe('text/markdown;charset=utf-8');
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
    create.mockRestore();
  });
});
