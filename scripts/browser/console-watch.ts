/**
 * Errors on a page, told apart by where they come from: SourceLens's (thrown or logged in the
 * extension's isolated world, or by a script of the extension) and the page's own. Read over the
 * DevTools protocol, which reports every world of the page, not only the page's main one.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface ErrorWatch {
  /** Exceptions, console errors and warnings from SourceLens. */
  own: string[];
  /** The page's own exceptions and console errors. */
  page: string[];
  stop(): Promise<void>;
}

/** Starts watching `page`; call before navigating so the first errors are seen too. */
export async function watchErrors(page: Page): Promise<ErrorWatch> {
  const own: string[] = [];
  const pageErrors: string[] = [];
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const extensionWorlds = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) extensionWorlds.add(context.id);
  });
  const fromExtension = (contextId: number | undefined, urls: (string | undefined)[]) =>
    (contextId !== undefined && extensionWorlds.has(contextId)) || urls.some((u) => u?.startsWith('chrome-extension://'));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const urls = [d.url, ...(d.stackTrace?.callFrames ?? []).map((f) => f.url)];
    const text = `${d.exception?.description ?? d.text}`.split('\n')[0];
    (fromExtension(d.executionContextId, urls) ? own : pageErrors).push(text);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId, stackTrace }) => {
    if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
    const urls = (stackTrace?.callFrames ?? []).map((f) => f.url);
    const text = args.map((v) => v.value ?? v.description ?? '').join(' ');
    if (fromExtension(executionContextId, urls)) own.push(`console.${type}: ${text}`);
    else if (type === 'error') pageErrors.push(text);
  });
  await cdp.send('Runtime.enable');
  return { own, page: pageErrors, stop: () => cdp.detach().catch(() => undefined) };
}
