/**
 * The printable report's HTML (`toHtml`), made safe to show in an extension page. The document is
 * taken apart first: its style sheet is returned as text, for a constructed style sheet (the
 * extension's content security policy allows no inline `<style>`, and even parsing one, inside
 * DOMPurify, is reported as a violation); its body goes through DOMPurify and comes back as nodes
 * owned by the page. Page text never reaches the head unescaped, so the head's sheet is the
 * report builder's own.
 */
import DOMPurify from 'dompurify';

export interface SafeReport {
  /** The report's own language (its contents are English). */
  lang: string;
  css: string;
  /** The body's sanitised nodes, owned by `doc`. */
  body: DocumentFragment;
}

function parts(html: string): { head: string; body: string } {
  const open = /<body[^>]*>/i.exec(html);
  if (!open) return { head: '', body: html };
  const close = html.toLowerCase().lastIndexOf('</body>');
  const start = open.index + open[0].length;
  return { head: html.slice(0, open.index), body: html.slice(start, close > start ? close : undefined) };
}

export function sanitizeReport(html: string, doc: Document = document): SafeReport {
  const { head, body } = parts(html);
  const css = Array.from(head.matchAll(/<style[^>]*>([\s\S]*?)<\/style\s*>/gi), (m) => m[1]).join('\n');
  const lang = /<html[^>]*\slang="([^"]*)"/i.exec(head)?.[1] ?? '';
  const purify = DOMPurify(doc.defaultView ?? window);
  // Nothing style-like in what is rendered: only the head's sheet styles the report, through the CSSOM.
  const fragment = purify.sanitize(body, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'link'] });
  return {
    lang: /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) ? lang : 'en',
    css,
    body: doc.importNode(fragment, true),
  };
}
