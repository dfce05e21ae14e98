/**
 * SourceLens in one tab: analyse the page, draw the findings, answer the popup, follow the page
 * as it changes, and take everything away again when switched off or when the extension goes.
 * Every listener, observer and timer goes through WXT's `ctx`, so an extension update or a second
 * injection leaves nothing behind. Nothing here may throw into the page: failures become an
 * error state the popup shows.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Category } from '../../engine/types.ts';
import { t } from '../../utils/i18n.ts';
import {
  CONTENT_REQUESTS,
  createListener,
  errorMessage,
  sendToBackground,
  type ContentProtocol,
  type PracticeAction,
} from '../../utils/messages.ts';
import { remoteAnalysis } from '../../utils/analysis-service.ts';
import { highlightCss, type PageTheme } from '../../utils/palettes.ts';
import { themeOf } from '../../utils/page-theme.ts';
import { defaultSettings, loadSettings, watchSettings, type Settings } from '../../utils/settings.ts';
import type { FindingRef, TabState } from '../../utils/tab-state.ts';
import { now, recordSlice, TaskClock, timed } from '../../utils/yield-to-page.ts';
import { analysePage, type Entry } from './analyse-page.ts';
import { AuditMemory } from './audit-memory.ts';
import { CardHost } from './card.tsx';
import { EditingWatch, inEditor } from './editing-watch.ts';
import { createDrawing, type Drawing } from './drawing.ts';
import { PointerWatch } from './pointer-watch.ts';
import { PageStyles } from './page-styles.ts';
import { Navigation, type StepSource } from './navigation.ts';
import { PageWatch } from './page-watch.ts';
import { PracticeMode } from './practice-mode.ts';

const ORPHAN_CHECK_MS = 2000;

export class SourceLens {
  private state: TabState = { kind: 'working' };
  private settings: Settings = defaultSettings();
  private enabled = true;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private entries: Entry[] = [];
  private signature = '';
  /** Entries of the visible categories, in reading order, and a measurable range for each. */
  private drawn: Entry[] = [];
  private drawnRanges: Range[] = [];
  private theme: PageTheme = 'light';
  private readonly drawing: Drawing;
  private readonly card: CardHost;
  private readonly styles: PageStyles;
  private readonly pointer: PointerWatch;
  private readonly watch: PageWatch;
  private readonly navigation: Navigation;
  private readonly audit = new AuditMemory();
  /** The engine runs in the background; the page only finds the article. */
  private readonly service = remoteAnalysis(browser.runtime);
  private readonly practice: PracticeMode;
  private readonly editing: EditingWatch;
  private disposed = false;
  private settingsLoaded: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document = document,
  ) {
    this.drawing = createDrawing(doc);
    this.card = new CardHost(doc);
    this.practice = new PracticeMode({
      ctx,
      doc,
      audit: this.audit,
      palette: () => this.settings.palette,
      changed: () => this.publishPractice(),
      request: (action) => void this.onPractice(action).catch(() => undefined),
      ignoring: (change) => this.watch.ignoring(change),
    });
    this.styles = new PageStyles(doc);
    this.editing = new EditingWatch(ctx, doc, () => this.onEditingChanged());
    this.watch = new PageWatch(ctx, doc, {
      isOurs: (node) => this.isOurs(node),
      changed: () => void this.refresh(),
    });
    this.navigation = new Navigation({
      ctx,
      doc,
      drawing: this.drawing,
      card: this.card,
      drawn: () => this.drawn,
      ranges: () => this.drawnRanges,
      palette: () => this.settings.palette,
      ignoring: (change) => this.watch.ignoring(change),
    });
    this.pointer = new PointerWatch(ctx, doc, this.card, {
      enabled: () => this.enabled && this.state.kind === 'annotated',
      ranges: () => this.drawnRanges,
      show: (index, anchor) => this.navigation.showCard(index, anchor, false),
      hide: () => this.card.hide(),
      keyboardCardOpen: () => this.navigation.keyboardCardOpen,
      step: (direction) => void this.step(direction, 'page-key').catch(() => undefined),
      escape: () => this.navigation.close(),
      reposition: () => this.navigation.reposition(),
    });
  }

  /** Starts listening and annotates the page. */
  start(): void {
    const sliceStart = now();
    const listener = createListener<ContentProtocol, unknown>(CONTENT_REQUESTS, {
      ping: () => ({ url: location.href }),
      'get-state': () => this.state,
      activate: () => this.activate(),
      deactivate: () => this.deactivate(),
      reveal: (ref) => this.reveal(ref),
      step: ({ direction }) => this.step(direction, 'message'),
      'get-audit': async () => {
        await this.running;
        return this.audit.snapshot(location.href);
      },
      practice: ({ action }) => this.onPractice(action),
      'get-practice': () => this.practice.snapshot(location.href),
    });
    browser.runtime.onMessage.addListener(listener);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    this.ctx.onInvalidated(() => this.dispose());
    this.ctx.onInvalidated(watchSettings((s) => this.onSettings(s)));
    this.pointer.start();
    this.watch.start();
    this.editing.start();
    // WXT notices that the extension was updated or removed only when the context is consulted;
    // its interval wrapper does that on every tick, so the page is cleaned up within seconds.
    this.ctx.setInterval(() => undefined, ORPHAN_CHECK_MS);
    // The settings are read while the page is: they are needed only to draw.
    this.settingsLoaded = loadSettings().then((settings) => {
      this.settings = settings;
    });
    recordSlice('listen', sliceStart);
    // `sourcelens:settled`: the first run is over, whatever its outcome (benchmarks wait for it).
    this.running = this.guard(() => this.run(false)).finally(() => performance.mark('sourcelens:settled'));
  }

  /** Removes everything; called when the context is invalidated (extension updated, re-injected). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.generation++;
    this.clear();
    this.watch.stop();
  }

  private async activate(): Promise<TabState> {
    if (!this.enabled || this.state.kind === 'error') {
      this.enabled = true;
      this.watch.start();
      this.running = this.guard(() => this.run(false));
    }
    await this.running;
    return this.state;
  }

  private async deactivate(): Promise<TabState> {
    this.enabled = false;
    this.generation++;
    this.watch.stop();
    this.clear();
    this.setState({ kind: 'off' });
    return this.state;
  }

  /** Analyses the page and draws it. `quiet` runs (page changes) keep the current state meanwhile. */
  private async run(quiet: boolean): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation && this.enabled && !this.disposed && this.ctx.isValid;
    // Publishing the state is a slice of its own (`publish`).
    if (!quiet) this.setState({ kind: 'working' });
    const runStart = now();
    // Fallback marks split the page's text nodes: put them back before the page is read again.
    if (!this.drawing.native) this.clearDrawing();
    recordSlice('begin', runStart);
    const clock = new TaskClock();
    const result = await analysePage(this.doc, location.href, current, this.service, clock);
    if (!result || !current()) return;
    await this.settingsLoaded;
    await clock.pause();
    if (!current()) return;
    const sliceStart = now();
    const textChanged = result.signature !== this.signature;
    const unchanged =
      result.signature === this.signature &&
      this.drawing.native &&
      this.entries.length === result.entries.length &&
      this.entries.every((e) => e.range.startContainer.isConnected && e.range.endContainer.isConnected);
    if (quiet && unchanged && this.state.kind === 'annotated') return;
    this.clearDrawing();
    this.entries = result.entries;
    this.signature = result.signature;
    this.state = result.state;
    this.audit.update(result);
    // Marks are offsets into the old text; on new text they would point at other words.
    if (textChanged) this.practice.textChanged();
    if (this.state.kind !== 'annotated') this.practice.end();
    const first = this.entries[0]?.range.startContainer;
    this.theme = themeOf(first?.parentElement ?? this.doc.body, this.doc.defaultView ?? window);
    recordSlice('prepare', sliceStart);
    await this.draw();
    // The last highlight is registered (benchmarks measure from `sourcelens:start` to here).
    if (this.state.kind === 'annotated') performance.mark('sourcelens:highlighted');
    if (textChanged && this.state.kind === 'annotated') this.audit.remember(location.href);
  }

  /**
   * Draws the entries of the visible categories and publishes the state. In practice mode the
   * findings stay hidden until the student checks; the marks are drawn by the practice session.
   */
  private async draw(): Promise<void> {
    const visible = this.settings.categories;
    const shown = this.state.kind === 'annotated' && !this.practice.hidesFindings;
    const editor = this.editing.current;
    this.drawn = shown ? this.entries.filter((e) => visible[e.finding.category] && !inEditor(editor, e.range)) : [];
    timed('draw', () =>
      this.watch.ignoring(() => {
        this.drawnRanges = this.drawing.draw(this.drawn);
        this.practice.draw();
      }),
    );
    if (this.drawn.length || this.practice.active) await this.styles.apply(highlightCss(this.settings.palette, this.theme));
    if (this.state.kind === 'annotated') {
      const shown = (Object.keys(visible) as Category[]).filter((c) => visible[c]);
      this.state = {
        kind: 'annotated',
        report: { ...this.state.report, shown, nativeHighlights: this.drawing.native, auditedAt: this.audit.auditedAt },
      };
    }
    this.publishPractice();
  }

  /** The state with the practice status as it is now, sent to the popup and the badge. */
  private publishPractice(): void {
    if (this.state.kind === 'annotated') {
      this.state = { kind: 'annotated', report: { ...this.state.report, practice: this.practice.status() } };
    }
    this.publish();
  }

  /** Starts practice (findings hidden), checks (findings shown beside the marks) or ends it. */
  private async onPractice(action: PracticeAction): Promise<TabState> {
    await this.running;
    if (action === 'start' && this.state.kind !== 'annotated') throw new Error(t('practice_needs_article'));
    this.practice.apply(action);
    this.running = this.guard(async () => {
      this.clearDrawing();
      await this.draw();
    });
    await this.running;
    return this.state;
  }


  private clearDrawing(): void {
    this.watch.ignoring(() => this.drawing.clear());
    this.drawn = [];
    this.drawnRanges = [];
    this.navigation.reset();
  }

  /** Removes every highlight, the card, practice mode and the styles. */
  private clear(): void {
    this.clearDrawing();
    this.practice.end();
    this.watch.ignoring(() => this.card.destroy());
    void this.styles.remove();
    this.entries = [];
    this.signature = '';
    this.audit.clear();
  }

  private async refresh(): Promise<void> {
    if (!this.enabled || this.disposed) return;
    await this.running;
    this.running = this.guard(() => this.run(true));
  }

  private onSettings(settings: Settings): void {
    const before = this.settings;
    this.settings = settings;
    if (!this.enabled || this.state.kind !== 'annotated') return;
    const categoriesChanged = JSON.stringify(before.categories) !== JSON.stringify(settings.categories);
    if (categoriesChanged && !this.drawing.native) {
      // The fallback's ranges do not survive unwrapping: analyse again.
      this.running = this.guard(() => this.run(true));
    } else if (categoriesChanged || before.palette !== settings.palette) {
      this.running = this.guard(async () => {
        this.clearDrawing();
        await this.draw();
      });
    }
  }

  /** The reader started or stopped editing a region: draw again without (or with) its findings. */
  private onEditingChanged(): void {
    if (!this.enabled || this.disposed || this.state.kind !== 'annotated') return;
    // The fallback's marks are gone once unwrapped: analyse again; native highlights just redraw.
    const previous = this.running;
    this.running = this.guard(async () => {
      await previous;
      if (!this.drawing.native) return this.run(true);
      this.clearDrawing();
      await this.draw();
    });
  }

  private async reveal(ref: FindingRef): Promise<boolean> {
    await this.running;
    return this.navigation.reveal(ref);
  }

  private async step(direction: 1 | -1, source: StepSource): Promise<FindingRef | null> {
    await this.running;
    return this.navigation.step(direction, source);
  }

  private isOurs(node: Node): boolean {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el) return false;
    if (el === this.card.element || el === this.practice.element) return true;
    return ['sourcelens-mark', 'sourcelens-card', 'sourcelens-practice'].includes(el.localName);
  }

  private setState(state: TabState): void {
    this.state = state;
    this.publish();
  }

  /** Tells the background (badge) and any open popup. A missing listener is not an error. */
  private publish(): void {
    if (this.disposed || this.ctx.isInvalid) return;
    // Sending copies the state synchronously: the badge needs only the counts, so the analyses
    // stay here, and an open popup asks for them (`get-state`).
    const state = this.state;
    const partial = state.kind === 'annotated' && state.report.articles.length > 0;
    const light: TabState = partial ? { kind: 'annotated', report: { ...state.report, articles: [] } } : state;
    timed('publish', () => sendToBackground(browser.runtime, 'state-changed', { state: light, partial })).catch(() => undefined);
  }

  /** Runs a task so that a failure becomes the error state instead of an exception in the page. */
  private guard(task: () => Promise<void>): Promise<void> {
    return task().catch((error: unknown) => {
      if (this.disposed) return;
      this.clearDrawing();
      this.setState({ kind: 'error', message: errorMessage(error) });
    });
  }
}

