/**
 * The one message protocol between the popup, the background and the content script.
 * Every request and reply type lives here. Replies are `{ ok: true, value } | { ok: false, error }`
 * because an Error thrown in one context arrives in another as an opaque failure (or not at all).
 */
import type { Analysis } from '../engine/types.ts';
import type { OutletAnswers, OutletQueries } from '../extract/types.ts';
import type { AnalysisRequest } from '../pipeline/audit-document.ts';
import type { AuditRecord } from '../report/record.ts';
import type { HistoryEntry } from './history.ts';
import { t } from './i18n.ts';
import type { PracticeMark } from './practice-score.ts';
import type { FindingRef, TabState } from './tab-state.ts';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

type Empty = Record<never, never>;

/** Requests the content script answers (sent with `tabs.sendMessage`). */
export interface ContentProtocol {
  /** Is a SourceLens content script alive in this tab? Used to avoid injecting twice. */
  ping: { request: Empty; reply: { url: string } };
  'get-state': { request: Empty; reply: TabState };
  /** Annotate (again) if off or not yet done; returns the state once settled. */
  activate: { request: Empty; reply: TabState };
  /** Remove every highlight and card; the page's DOM is left as it was. */
  deactivate: { request: Empty; reply: TabState };
  /** Scroll a finding into view, flash it and show its card. */
  reveal: { request: FindingRef; reply: boolean };
  /** Move the keyboard focus to the next (1) or previous (-1) finding. */
  step: { request: { direction: 1 | -1 }; reply: FindingRef | null };
  /** The audit of the page's main article, for exports and the report page; null when there is none. */
  'get-audit': { request: Empty; reply: AuditSnapshot | null };
  /** Start practice mode (findings hidden), check the marks, or leave it. */
  practice: { request: { action: PracticeAction }; reply: TabState };
  /** The marks and the audit, for the practice results page; null when not practising. */
  'get-practice': { request: Empty; reply: PracticeSnapshot | null };
}

export type PracticeAction = 'start' | 'check' | 'stop';

/** What exports are built from: the same record the CLI prints, and when the page was audited. */
export interface AuditSnapshot {
  /** The page's address (`location.href`), which notes are stored under. */
  pageUrl: string;
  auditedAt: string;
  record: AuditRecord;
}

export interface PracticeSnapshot extends AuditSnapshot {
  marks: PracticeMark[];
  checked: boolean;
}

/** Requests the background answers (sent with `runtime.sendMessage`). */
export interface BackgroundProtocol {
  /**
   * The outlet gazetteer's answers for a page's metadata (publisher names): the gazetteer lives in
   * the background only, so the page never compiles it.
   */
  'outlet-names': { request: { queries: OutletQueries }; reply: OutletAnswers };
  /** Analyse one article found in the page (`analyzeArticle` runs in the background). */
  analyse: { request: { request: AnalysisRequest }; reply: Analysis };
  /** The content script's state changed: update the badge; open popups listen too. */
  /**
   * `partial`: the state without the articles' analyses (copying those on every change cost a big
   * page tens of milliseconds); a popup that shows the tab asks for the whole state (`get-state`).
   */
  'state-changed': { request: { state: TabState; partial?: boolean }; reply: null };
  /**
   * Add (or replace) the page's highlight styles with `scripting.insertCSS`, for browsers where a
   * content script cannot adopt a constructed style sheet. `css: ''` removes them.
   */
  'page-css': { request: { css: string }; reply: null };
  /** A page was audited: keep it in the history (the background is the history's one writer). */
  'history-add': { request: { entry: HistoryEntry }; reply: null };
  /** Delete history entries (and the notes on those pages). */
  'history-remove': { request: { ids: string[] }; reply: null };
  /** Delete the whole history and every note. */
  'history-clear': { request: Empty; reply: null };
  /** Open the practice results page for the sender's tab. */
  'open-practice-results': { request: Empty; reply: null };
}

/** A protocol: request type name → its request fields and its reply value. */
type Protocol<P = unknown> = { [K in keyof P]: { request: object; reply: unknown } };

export type RequestOf<P extends Protocol<P>, K extends keyof P & string> = { type: K } & P[K]['request'];
export type AnyRequestOf<P extends Protocol<P>> = { [K in keyof P & string]: RequestOf<P, K> }[keyof P & string];
export type ReplyOf<P extends Protocol<P>, K extends keyof P> = P[K]['reply'];

export const CONTENT_REQUESTS: readonly (keyof ContentProtocol)[] = [
  'ping',
  'get-state',
  'activate',
  'deactivate',
  'reveal',
  'step',
  'get-audit',
  'practice',
  'get-practice',
];
export const BACKGROUND_REQUESTS: readonly (keyof BackgroundProtocol)[] = [
  'outlet-names',
  'analyse',
  'state-changed',
  'page-css',
  'history-add',
  'history-remove',
  'history-clear',
  'open-practice-results',
];

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function fail(error: unknown): Reply<never> {
  return { ok: false, error: errorMessage(error) };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** Whether `message` is a request of the given protocol (by its `type`). */
export function isRequest<P extends Protocol<P>>(
  message: unknown,
  types: readonly (keyof P & string)[],
): message is AnyRequestOf<P> {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    types.includes((message as { type: string }).type as keyof P & string)
  );
}

/** Unwraps a reply, turning `{ ok: false }` (or a malformed reply) back into a thrown Error. */
export function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || typeof (reply as Reply<T>).ok !== 'boolean') {
    throw new Error(t('error_no_reply'));
  }
  const r = reply as Reply<T>;
  if (r.ok) return r.value;
  throw new Error(r.error);
}

export type Handlers<P extends Protocol<P>, Sender> = {
  [K in keyof P & string]?: (request: RequestOf<P, K>, sender: Sender) => ReplyOf<P, K> | Promise<ReplyOf<P, K>>;
};

/**
 * A `runtime.onMessage` listener that answers the protocol's requests with `Reply` objects.
 * It uses `sendResponse` and returns `true` (the form every browser supports) and returns
 * `undefined` for messages it has no handler for, so another listener may answer them.
 */
export function createListener<P extends Protocol<P>, Sender>(
  types: readonly (keyof P & string)[],
  handlers: Handlers<P, Sender>,
): (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => true | undefined {
  return (message, sender, sendResponse) => {
    if (!isRequest<P>(message, types)) return undefined;
    const handler = handlers[message.type] as
      | ((request: unknown, sender: Sender) => unknown)
      | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (value) => sendResponse(ok(value)),
        (error: unknown) => sendResponse(fail(error)),
      );
    return true;
  };
}

/** The part of `tabs` the client needs; both WXT's `browser` and the polyfill fit. */
export interface TabsMessenger {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}
export interface RuntimeMessenger {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Sends a typed request to the content script of a tab and unwraps the reply. */
export async function sendToTab<K extends keyof ContentProtocol & string>(
  tabs: TabsMessenger,
  tabId: number,
  type: K,
  request: ContentProtocol[K]['request'],
): Promise<ContentProtocol[K]['reply']> {
  return unwrap<ContentProtocol[K]['reply']>(await tabs.sendMessage(tabId, { ...request, type }));
}

/** Sends a typed request to the background and unwraps the reply. */
export async function sendToBackground<K extends keyof BackgroundProtocol & string>(
  runtime: RuntimeMessenger,
  type: K,
  request: BackgroundProtocol[K]['request'],
): Promise<BackgroundProtocol[K]['reply']> {
  return unwrap<BackgroundProtocol[K]['reply']>(await runtime.sendMessage({ ...request, type }));
}
