/**
 * The printable HTML report: one self-contained document with its own print styles. Every piece
 * of page text goes through escapeHtml; the extension's report page additionally passes the
 * document through DOMPurify before showing it.
 */
import { escapeHtml as h } from './escape.ts';
import { NO_NOTES, noteFor, type ReportContext } from './context.ts';
import { GUIDANCE } from './guidance.ts';
import type { AuditRecord } from './record.ts';
import { RUBRIC_LINES } from './rubric.ts';
import { articleFacts, CATEGORY_LABEL, CATEGORY_ORDER, percent } from './wording.ts';

const STYLE = `
body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .5rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc}
h3{font-size:1rem;margin:1rem 0 .25rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
dt{font-weight:bold}dd{margin:0}.chain{list-style:none;padding:0}.chain li{margin:.3rem 0}
.node{display:inline-block;border:1px solid #888;border-radius:4px;padding:0 .4rem;margin:.1rem 0}
.node.anonymous{border-color:#7b2cbf}.node.publisher{font-weight:bold}.arrow{margin:0 .3rem}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:left}
.finding{break-inside:avoid;border-left:4px solid #888;padding-left:.75rem;margin:1rem 0}
.finding.anonymous{border-color:#7b2cbf}.finding.secondhand{border-color:#0077b6}.finding.hedge{border-color:#b5651d}
blockquote{margin:.25rem 0;color:#333;font-style:italic}.note{background:#f5f5f5;padding:.25rem .5rem}
@media print{body{margin:0;max-width:none}a{color:inherit}}
`.trim();

export function toHtml(record: AuditRecord, ctx: ReportContext = { auditedAt: '', notes: NO_NOTES }): string {
  const out: string[] = [];
  const lang = /^[a-z]{2,3}$/.test(record.language) ? record.language : 'en';
  out.push('<!DOCTYPE html>', `<html lang="${lang}">`, '<head>', '<meta charset="utf-8">');
  out.push(`<title>SourceLens audit: ${h(record.title || 'Untitled')}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  out.push(`<h1>${h(record.title || 'Untitled')}</h1>`, '<dl>');
  for (const [k, v] of articleFacts(record, ctx)) out.push(`<dt>${k}</dt><dd>${h(v)}</dd>`);
  out.push('</dl>');
  if (!record.languageSupported) {
    out.push(`<p>Language not supported yet (${h(record.language)}): nothing is flagged.</p>`, '</body>', '</html>');
    return out.join('\n') + '\n';
  }
  out.push('<h2>Sourcing chain</h2>');
  if (record.chains.length === 0) out.push('<p>No relayed reporting found.</p>');
  else {
    out.push('<ol class="chain">');
    for (const chain of record.chains) {
      const nodes = chain.map((label, i) => {
        const kind = i === chain.length - 1 ? 'publisher' : '';
        const suffix = kind ? ' (this page)' : '';
        return `<span class="node${kind ? ' ' + kind : ''}">${h(label)}${suffix}</span>`;
      });
      out.push(`<li>${nodes.join('<span class="arrow" aria-label="relayed to">→</span>')}</li>`);
    }
    out.push('</ol>');
  }
  const s = record.summary;
  out.push('<h2>Summary</h2>', '<table><thead><tr><th scope="col">Category</th><th scope="col">Count</th></tr></thead><tbody>');
  for (const c of CATEGORY_ORDER) out.push(`<tr><td>${CATEGORY_LABEL[c]}</td><td>${s.counts[c]}</td></tr>`);
  out.push('</tbody></table>');
  out.push(`<p>Named vs anonymous: ${percent(s.namedShare)} named, ${percent(s.anonymousShare)} anonymous.</p>`);
  out.push(`<p><strong>Transparency: ${h(s.rating.label)} (${s.rating.score}/100).</strong> ${h(s.rating.reason)}</p>`);
  if (s.rating.factors.length) {
    out.push('<ul>');
    for (const f of s.rating.factors) out.push(`<li>${f.points > 0 ? '+' : ''}${f.points}: ${h(f.label)}</li>`);
    out.push('</ul>');
  }
  if (record.outlets.length) out.push(`<p>Outlets cited: ${record.outlets.map(h).join(', ')}</p>`);
  out.push('<h3>How the rating works</h3>', '<ul>');
  for (const line of RUBRIC_LINES) out.push(`<li>${h(line)}</li>`);
  out.push('</ul>', '<h2>Findings</h2>');
  const flagged = record.findings.filter((f) => f.category !== 'named');
  if (flagged.length === 0) out.push('<p>Nothing flagged.</p>');
  flagged.forEach((f, i) => {
    out.push(`<section class="finding ${f.category}">`);
    out.push(`<h3>${i + 1}. ${CATEGORY_LABEL[f.category]}: “${h(f.text)}”</h3>`);
    out.push(`<blockquote>${h(f.sentence)}</blockquote>`, `<p>${h(f.explanation)}</p>`);
    out.push(`<p>Ask: ${h(GUIDANCE[f.category].questions.join(' '))}</p>`);
    const note = noteFor(ctx, f);
    if (note) out.push(`<p class="note"><strong>Note:</strong> ${h(note)}</p>`);
    out.push('</section>');
  });
  if (ctx.notes.article) out.push('<h2>Notes on the article</h2>', `<p class="note">${h(ctx.notes.article)}</p>`);
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}
