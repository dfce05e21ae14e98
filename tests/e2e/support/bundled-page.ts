/**
 * The project's own modules on a plain test page, bundled with Vite from the same sources, with
 * `wxt/browser` replaced by an i18n that reads the English locale file. Used for what a unit test
 * cannot do in a DOM without layout or a real sanitiser: axe on the injected UI (the finding card
 * and practice mode's toolbar, which on a news page live in closed shadow roots that axe cannot
 * enter), and the report sanitiser in Chromium.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../fixtures.ts';

const ENTRY = `
import { render, h } from 'preact';
import { FINDING_CARD_CSS, FindingCard } from '${ROOT}/components/FindingCard.tsx';
import { PRACTICE_TOOLBAR_CSS, PracticeToolbar } from '${ROOT}/components/PracticeToolbar.tsx';
import { scorePractice } from '${ROOT}/utils/practice-score.ts';

function mount(css, vnode, label) {
  const host = document.createElement('div');
  host.setAttribute('data-gallery', label);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const frame = document.createElement('div');
  frame.className = 'frame';
  root.append(style, frame);
  document.querySelector('main').append(host);
  render(vnode, frame);
  frame.style.position = 'static';
}

const finding = { category: 'anonymous', text: 'three unnamed officials', source: 'three unnamed officials',
  explanation: 'Unnamed source ("three unnamed officials"): the story does not say who this is.' };
mount(FINDING_CARD_CSS, h(FindingCard, { finding, swatch: { background: 'rgb(233 30 99 / 0.18)', line: '#c2185b' },
  position: { index: 1, total: 7 } }), 'card');
const marks = [
  { article: 0, start: 10, end: 33, category: 'anonymous', text: 'three unnamed officials' },
  { article: 0, start: 50, end: 60, category: 'hedge', text: 'reportedly' },
];
const noop = () => {};
const toolbar = { marks, message: 'Marked “reportedly” as Hedge.', palette: 'default', onMark: noop, onRemove: noop,
  onCheck: noop, onOpenResults: noop, onStop: noop };
mount(PRACTICE_TOOLBAR_CSS, h(PracticeToolbar, { ...toolbar, result: null }), 'toolbar');
const findings = [{ article: 0, index: 0, category: 'anonymous', start: 10, end: 33, text: 'three unnamed officials', explanation: '', sentence: '' }];
mount(PRACTICE_TOOLBAR_CSS, h(PracticeToolbar, { ...toolbar, result: scorePractice(marks, findings) }), 'toolbar-checked');
`;

const BROWSER_STUB = (messages: string) => `
const messages = ${messages};
export const browser = { i18n: { getMessage: (key) => messages[key]?.message ?? '' } };
`;

/**
 * A plain test page running `entry` (module code that may import the project's sources), bundled
 * with Vite; `wxt/browser` is the English i18n stub, the only extension API these modules use.
 */
export async function bundledPage(entry: string, title: string): Promise<string> {
  const messages = await readFile(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [
      {
        name: 'test-page',
        // Before Vite's own resolver, which would find the real `wxt/browser` in node_modules.
        enforce: 'pre',
        resolveId: (id) => (id === 'virtual:entry' || id === 'wxt/browser' ? `\0${id}` : null),
        load: (id) => (id === '\0virtual:entry' ? entry : id === '\0wxt/browser' ? BROWSER_STUB(messages) : null),
      },
    ],
    build: { write: false, minify: false, rollupOptions: { input: 'virtual:entry', output: { format: 'iife' } } },
  });
  const chunks = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
  const code = chunks.output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1></main><script>${code.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}

/** The gallery page: the card and the toolbar (unchecked and checked) in open shadow roots. */
export function componentGallery(): Promise<string> {
  return bundledPage(ENTRY, 'SourceLens components');
}
