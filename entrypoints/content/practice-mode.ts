/**
 * Practice mode's life on a page, for the controller: starting and ending the session, checking,
 * and what the popup and the results page are told. The controller decides when to draw; this
 * says whether the findings are hidden and draws the marks.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentLang } from '../../utils/i18n.ts';
import { sendToBackground, type PracticeAction, type PracticeSnapshot } from '../../utils/messages.ts';
import type { PaletteName } from '../../utils/settings.ts';
import type { PracticeStatus } from '../../utils/tab-state.ts';
import type { AuditMemory } from './audit-memory.ts';
import { PracticeSession } from './practice.ts';

export interface PracticeModeHost {
  ctx: ContentScriptContext;
  doc: Document;
  audit: AuditMemory;
  palette(): PaletteName;
  /** The marks changed: publish the state (the popup shows how many). */
  changed(): void;
  /** The toolbar's own buttons ask for an action, as the popup does. */
  request(action: PracticeAction): void;
  /** Runs a DOM change of ours without it counting as a page change. */
  ignoring(change: () => void): void;
}

export class PracticeMode {
  private session: PracticeSession | null = null;

  constructor(private readonly host: PracticeModeHost) {}

  get active(): boolean {
    return this.session !== null;
  }

  /** Whether the findings are hidden: practising, and not checked yet. */
  get hidesFindings(): boolean {
    return !!this.session && !this.session.checked;
  }

  /** The toolbar's host element, while practising. */
  get element(): HTMLElement | null {
    return this.session?.element ?? null;
  }

  status(): PracticeStatus | null {
    return this.session ? { marks: this.session.marks.length, checked: this.session.checked } : null;
  }

  apply(action: PracticeAction): void {
    if (action === 'start') this.start();
    else if (action === 'check') this.session?.check();
    else this.end();
  }

  /** Draws the marks and the toolbar (the page's text segments may have changed). */
  draw(): void {
    this.session?.draw();
  }

  /** The article's text changed: the marks no longer point at the words the student chose. */
  textChanged(): void {
    this.session?.reset();
  }

  end(): void {
    const session = this.session;
    this.session = null;
    if (session) this.host.ignoring(() => session.destroy());
  }

  snapshot(pageUrl: string): PracticeSnapshot | null {
    const audit = this.host.audit.snapshot(pageUrl);
    if (!audit || !this.session) return null;
    return { ...audit, marks: this.session.marks, checked: this.session.checked };
  }

  private start(): void {
    if (this.session) return;
    const { ctx, doc, audit } = this.host;
    this.session = new PracticeSession(ctx, doc, {
      articles: () => audit.articles,
      findings: () => audit.findings(),
      palette: () => this.host.palette(),
      lang: () => contentLang(audit.record?.language),
      changed: () => this.host.changed(),
      check: () => this.host.request('check'),
      stop: () => this.host.request('stop'),
      openResults: () => void sendToBackground(browser.runtime, 'open-practice-results', {}).catch(() => undefined),
    });
    this.session.start();
  }
}
