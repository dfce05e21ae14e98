/**
 * The Playwright fixtures: Debian's Chromium with the e2e build of the extension loaded (a fresh
 * profile per test), the extension id from its service worker, and the local test server.
 */
import { chromium, test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from '../../scripts/browser/chromium-args.ts';
import { startServer, type TestServer } from './support/server.ts';
import type { WorkerGlobals } from './support/worker-globals.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3-e2e');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Extension APIs called from the service worker, for what a page cannot see (badge, tabs). */
export interface ExtensionApi {
  badgeText(tabId: number): Promise<string>;
  /** Runs the content script file in a tab, as the popup or a shortcut would. */
  inject(tabId: number): Promise<void>;
  /** Ids and URLs of all tabs (URLs only where the extension has host access). */
  tabs(): Promise<{ id?: number; url?: string }[]>;
  /** Content scripts registered at runtime (`scripting.registerContentScripts`). */
  registeredScripts(): Promise<{ id: string; matches?: string[] }[]>;
  /** What the extension keeps in `storage.local` under `key`. */
  localStorage<T>(key: string): Promise<T | undefined>;
}

export interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  extension: ExtensionApi;
  /** The id the extension's APIs use for the tab showing `page`. */
  tabIdOf: (page: Page) => Promise<number>;
}

/** A fresh, empty browser profile directory (the caller removes it). */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'sourcelens-e2e-'));
}

/**
 * Chromium with the e2e build loaded, on `profile`. Launching twice on the same profile is a
 * browser restart: what the extension stored locally is still there.
 */
export async function launchWithExtension(profile: string, options: { lang?: string } = {}): Promise<BrowserContext> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No e2e build at ${CHROME_BUILD}: run \`npm run build:e2e\` first`);
  }
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 900 },
    // The interface language of the browser, which the extension's i18n follows.
    env: options.lang ? { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } : undefined,
    args: [...chromiumArgs(CHROME_BUILD), ...(options.lang ? [`--lang=${options.lang}`] : [])],
  });
}

/** The extension's id, from its service worker's address. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** Inside `evaluate` callbacks only; the type is erased before the function is sent. */
export type Sw = WorkerGlobals;

export const test = base.extend<ExtensionFixtures, { server: TestServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  context: async ({}, use) => {
    const profile = newProfile();
    const context = await launchWithExtension(profile);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  extension: async ({ serviceWorker }, use) => {
    await use({
      badgeText: (tabId) =>
        serviceWorker.evaluate((id) => (globalThis as unknown as Sw).chrome.action.getBadgeText({ tabId: id }), tabId),
      inject: async (tabId) => {
        await serviceWorker.evaluate(
          (id) =>
            (globalThis as unknown as Sw).chrome.scripting.executeScript({
              target: { tabId: id },
              files: ['/content-scripts/content.js'],
            }),
          tabId,
        );
      },
      tabs: () => serviceWorker.evaluate(() => (globalThis as unknown as Sw).chrome.tabs.query({})),
      registeredScripts: () =>
        serviceWorker.evaluate(() => (globalThis as unknown as Sw).chrome.scripting.getRegisteredContentScripts()),
      localStorage: async <T>(key: string) =>
        (await serviceWorker.evaluate((k) => (globalThis as unknown as Sw).chrome.storage.local.get(k), key))[key] as T | undefined,
    });
  },

  tabIdOf: async ({ extension }, use) => {
    await use(async (page) => {
      // The e2e build has host access to the test server, so its tabs' URLs are visible.
      const url = page.url();
      const id = (await extension.tabs()).find((t) => t.url === url)?.id;
      if (id === undefined) throw new Error(`No tab found for ${url}`);
      return id;
    });
  },
});

export { expect } from '@playwright/test';
