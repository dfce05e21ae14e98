/**
 * SourceLens in one tab: analyse the page, draw the findings, answer the popup, follow the page
 * as it changes, and take everything away again when switched off or when the extension goes.
 * Every listener, observer and timer goes through WXT's `ctx`, so an extension update or a second
 * injection leaves nothing behind. Nothing here may throw into the page: failures become an
 * error state the popup shows.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '../../utils/i18n.ts';
import { errorMessage, type PracticeAction } from '../../utils/messages.ts';
import { remoteAnalysis } from '../../utils/analysis-service.ts';
import { defaultSettings, loadSettings, watchSettings, type Settings } from '../../utils/settings.ts';
import type { FindingRef, TabState } from '../../utils/tab-state.ts';
import { now, recordSlice, TaskClock } from '../../utils/yield-to-page.ts';
import { analysePage, type Entry } from './analyse-page.ts';
import { AuditMemory } from './audit-memory.ts';
import { CardHost } from './card.tsx';
import { EditingWatch } from './editing-watch.ts';
import { PointerWatch } from './pointer-watch.ts';
import type { StepSource } from './navigation.ts';
import { PageWatch } from './page-watch.ts';
import { isOurs } from './ours.ts';
import { PracticeMode } from './practice-mode.ts';
import { Presenter } from './presenter.ts';
import { answerRequests } from './requests.ts';
import { StatePublisher } from './state-publisher.ts';

const ORPHAN_CHECK_MS = 2000;

export class SourceLens {
  private readonly status = new StatePublisher(() => !this.disposed && this.ctx.isValid);
  private settings: Settings = defaultSettings();
  private enabled = true;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private entries: Entry[] = [];
  private signature = '';
  private readonly presenter: Presenter;
  private readonly card: CardHost;
  private readonly pointer: PointerWatch;
  private readonly watch: PageWatch;
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
    this.editing = new EditingWatch(ctx, doc, () => this.onEditingChanged());
    this.watch = new PageWatch(ctx, doc, {
      isOurs: (node) => isOurs(node, [this.card.element, this.practice.element]),
      changed: () => void this.refresh(),
    });
    this.presenter = new Presenter({
      ctx,
      doc,
      card: this.card,
      settings: () => this.settings,
      editor: () => this.editing.current,
      practice: this.practice,
      ignoring: (change) => this.watch.ignoring(change),
    });
    const navigation = this.presenter.navigation;
    this.pointer = new PointerWatch(ctx, doc, this.card, {
      enabled: () => this.enabled && this.state.kind === 'annotated',
      ranges: () => this.presenter.ranges,
      show: (index, anchor) => navigation.showCard(index, anchor, false),
      hide: () => this.card.hide(),
      keyboardCardOpen: () => navigation.keyboardCardOpen,
      step: (direction) => void this.step(direction, 'page-key').catch(() => undefined),
      escape: () => navigation.close(),
      reposition: () => navigation.reposition(),
    });
  }

  /** What the popup and the badge are told; `publish()` sends it. */
  private get state(): TabState {
    return this.status.state;
  }
  private set state(state: TabState) {
    this.status.state = state;
  }

  /** Starts listening and annotates the page. */
  start(): void {
    const sliceStart = now();
    answerRequests(this.ctx, {
      state: () => this.state,
      activate: () => this.activate(),
      deactivate: () => this.deactivate(),
      reveal: (ref) => this.reveal(ref),
      step: (direction, source) => this.step(direction, source),
      audit: () => this.running.then(() => this.audit.snapshot(location.href)),
      practice: (action) => this.onPractice(action),
      practiceSnapshot: () => this.practice.snapshot(location.href),
    });
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
    this.status.set({ kind: 'off' });
    return this.state;
  }

  /** Analyses the page and draws it. `quiet` runs (page changes) keep the current state meanwhile. */
  private async run(quiet: boolean): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation && this.enabled && !this.disposed && this.ctx.isValid;
    // Publishing the state is a slice of its own (`publish`).
    if (!quiet) this.status.set({ kind: 'working' });
    const runStart = now();
    // Fallback marks split the page's text nodes: put them back before the page is read again.
    if (!this.presenter.native) this.presenter.clear();
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
      this.presenter.native &&
      this.entries.length === result.entries.length &&
      this.entries.every((e) => e.range.startContainer.isConnected && e.range.endContainer.isConnected);
    if (quiet && unchanged && this.state.kind === 'annotated') return;
    this.presenter.clear();
    this.entries = result.entries;
    this.signature = result.signature;
    this.state = result.state;
    this.audit.update(result);
    // Marks are offsets into the old text; on new text they would point at other words.
    if (textChanged) this.practice.textChanged();
    if (this.state.kind !== 'annotated') this.practice.end();
    this.presenter.takeThemeFrom(this.entries);
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
    const shown = await this.presenter.show(this.entries, this.state.kind === 'annotated' && !this.practice.hidesFindings);
    if (this.state.kind === 'annotated') {
      this.state = {
        kind: 'annotated',
        report: { ...this.state.report, shown, nativeHighlights: this.presenter.native, auditedAt: this.audit.auditedAt },
      };
    }
    this.publishPractice();
  }

  /** The state with the practice status as it is now, sent to the popup and the badge. */
  private publishPractice(): void {
    if (this.state.kind === 'annotated') {
      this.state = { kind: 'annotated', report: { ...this.state.report, practice: this.practice.status() } };
    }
    this.status.publish();
  }

  /** Starts practice (findings hidden), checks (findings shown beside the marks) or ends it. */
  private async onPractice(action: PracticeAction): Promise<TabState> {
    await this.running;
    if (action === 'start' && this.state.kind !== 'annotated') throw new Error(t('practice_needs_article'));
    this.practice.apply(action);
    this.running = this.guard(() => this.redraw());
    await this.running;
    return this.state;
  }

  /** Draws the current entries again (settings, practice or the editor changed what is shown). */
  private async redraw(): Promise<void> {
    this.presenter.clear();
    await this.draw();
  }

  /** Removes every highlight, the card, practice mode and the styles. */
  private clear(): void {
    this.presenter.clear();
    this.practice.end();
    this.watch.ignoring(() => this.card.destroy());
    this.presenter.removeStyles();
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
    if (categoriesChanged && !this.presenter.native) {
      // The fallback's ranges do not survive unwrapping: analyse again.
      this.running = this.guard(() => this.run(true));
    } else if (categoriesChanged || before.palette !== settings.palette) {
      this.running = this.guard(() => this.redraw());
    }
  }

  /** The reader started or stopped editing a region: draw again without (or with) its findings. */
  private onEditingChanged(): void {
    if (!this.enabled || this.disposed || this.state.kind !== 'annotated') return;
    // The fallback's marks are gone once unwrapped: analyse again; native highlights just redraw.
    const previous = this.running;
    this.running = this.guard(async () => {
      await previous;
      return this.presenter.native ? this.redraw() : this.run(true);
    });
  }

  private async reveal(ref: FindingRef): Promise<boolean> {
    await this.running;
    return this.presenter.navigation.reveal(ref);
  }

  private async step(direction: 1 | -1, source: StepSource): Promise<FindingRef | null> {
    await this.running;
    return this.presenter.navigation.step(direction, source);
  }

  /** Runs a task so that a failure becomes the error state instead of an exception in the page. */
  private guard(task: () => Promise<void>): Promise<void> {
    return task().catch((error: unknown) => {
      if (this.disposed) return;
      this.presenter.clear();
      this.status.set({ kind: 'error', message: errorMessage(error) });
    });
  }
}

