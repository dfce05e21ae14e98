/**
 * Report formats: structure, and above all that page text stays text. A sentence holding
 * `<img onerror>`, `</style>`, `<script>` or a spreadsheet formula must come out inert in every format.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../engine/index.ts';
import { findingKey, NO_NOTES, type ReportContext } from '../../../report/context.ts';
import { csvField, escapeHtml, escapeMarkdown } from '../../../report/escape.ts';
import { CSV_COLUMNS, toCsv } from '../../../report/csv.ts';
import { toHtml } from '../../../report/html.ts';
import { toMarkdown } from '../../../report/markdown.ts';
import { toAnswerKey, toPracticeSheet } from '../../../report/practice.ts';
import { articleRecord, primaryLanguage, type AuditRecord } from '../../../report/record.ts';
import { toJsonLine } from '../../../report/json.ts';

const HOSTILE = '<img src=x onerror="alert(1)"></style><script>alert(2)</script>';
const title = `Officials reportedly warn ${HOSTILE}`;
const body = [
  `US officials said ${HOSTILE} was found in the files, according to Reuters.`,
  `=HYPERLINK("http://evil.example","click") is reportedly in the spreadsheet, people familiar with the matter said.`,
].join('\n\n');

function record(): AuditRecord {
  const analysis = analyzeArticle({ title, body, publisher: 'The Example Gazette' });
  return {
    input: 'hostile.html',
    url: 'https://example.com/story?a=1&b=<2>',
    isArticle: true,
    error: null,
    publisher: 'The Example Gazette',
    byline: 'Jane <b>Doe</b>',
    published: '2024-04-06T11:06:00+03:00',
    ...articleRecord(analysis, title, body),
  };
}

const r = record();
const first = r.findings.find((f) => f.category === 'anonymous')!;
const ctx: ReportContext = {
  auditedAt: '2026-11-29T12:00:00.000Z',
  notes: { article: `Ask the reporter ${HOSTILE}`, findings: { [findingKey(first)]: `Who? ${HOSTILE}` } },
};

describe('escaping helpers', () => {
  it('escapes HTML special characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('neutralises Markdown markup and leading block markers', () => {
    expect(escapeMarkdown('[click](javascript:alert(1)) *bold* `code` <b>')).toBe('\\[click\\](javascript:alert(1)) \\*bold\\* \\`code\\` &lt;b&gt;');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('1. item')).toBe('\\1. item');
  });
  it('quotes CSV fields and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(null)).toBe('');
  });
});

describe('HTML report', () => {
  const html = toHtml(r, ctx);
  const { document } = parseHTML(html);
  it('creates no element from page text', () => {
    expect(document.querySelectorAll('img, script').length).toBe(0);
    expect(document.querySelectorAll('style').length).toBe(1);
    expect(document.querySelectorAll('b').length).toBe(0);
  });
  it('shows the page text literally', () => {
    expect(document.querySelector('h1')!.textContent).toBe(title);
    expect(document.body.textContent).toContain(HOSTILE);
    expect(document.body.textContent).toContain('Jane <b>Doe</b>');
  });
  it('holds article, audit date, chain, counts, rating with rubric, findings and notes', () => {
    const text = document.body.textContent!;
    for (const s of ['The Example Gazette', '2026-11-29T12:00:00.000Z', 'Reuters', 'How the rating works', 'Starts at 100.', `Who? ${HOSTILE}`, `Ask the reporter ${HOSTILE}`]) {
      expect(text).toContain(s);
    }
    expect(document.querySelectorAll('section.finding').length).toBe(r.findings.filter((f) => f.category !== 'named').length);
  });
});

describe('Markdown report', () => {
  const md = toMarkdown(r, ctx);
  it('contains no raw markup from the page', () => {
    expect(md).not.toMatch(/<img|<script|<\/style>|<b>/);
    expect(md).toContain('&lt;img src=x onerror="alert(1)"&gt;');
  });
  it('lists each finding with its sentence, explanation and note', () => {
    expect(md).toContain('## Findings');
    expect(md).toContain('**Note:** Who? &lt;img');
    expect(md).toContain('## Notes on the article');
    expect(md).toContain('- **Audited:** 2026-11-29T12:00:00.000Z');
  });
});

describe('CSV report', () => {
  const csv = toCsv(r, ctx);
  const lines = csv.split('\r\n').filter(Boolean);
  it('has one row per finding under a fixed header', () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.length).toBe(r.findings.length + 1);
  });
  it('keeps markup as data and defuses formulas', () => {
    expect(csv).toContain('<script>alert(2)</script>');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(`"Who? <img src=x onerror=""alert(1)""></style><script>alert(2)</script>"`);
  });
});

describe('practice sheet and answer key', () => {
  it('gives the article with blanks, and the key from the same engine', () => {
    const sheet = toPracticeSheet(r);
    const key = toAnswerKey(r);
    expect(sheet).not.toMatch(/<img|<script/);
    expect(sheet).toContain('## Your answers');
    expect(sheet).not.toContain('Anonymous source |');
    const flagged = r.findings.filter((f) => f.category !== 'named');
    for (const f of flagged) expect(key).toContain(`“${escapeMarkdown(f.text)}”`);
    expect(key).not.toMatch(/<img|<script/);
  });
});

describe('JSON line', () => {
  it('is one line of valid JSON with the page text as data', () => {
    const line = toJsonLine(r);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line).title).toBe(title);
  });
});

describe('without notes', () => {
  it('prints no note sections', () => {
    expect(toMarkdown(r, { auditedAt: '2026-11-29T12:00:00.000Z', notes: NO_NOTES })).not.toContain('Note');
  });
});

describe('a page that is not an article', () => {
  it('reports its declared language the way articles report theirs: the primary subtag', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage(' DE ')).toBe('de');
    expect(primaryLanguage('')).toBe('und');
    expect(primaryLanguage(null)).toBe('und');
  });
});
