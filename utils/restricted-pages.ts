/**
 * Pages the browser does not let extensions script: its own pages and the add-on stores.
 * Checked before injecting so the popup can say so plainly instead of showing an error.
 */
import { t } from './i18n.ts';

const BLOCKED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'javascript:',
];

const STORE_HOSTS: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'accounts-static.cdn.mozilla.net' },
];

/** Why SourceLens cannot run on `url`, or null when it can (as far as the URL tells). */
export function restrictionReason(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (BLOCKED_SCHEMES.includes(parsed.protocol)) {
    return t('restricted_browser_page');
  }
  const store = STORE_HOSTS.find(
    (s) => parsed.hostname === s.host && (!s.path || parsed.pathname.startsWith(s.path)),
  );
  if (store) return t('restricted_store');
  return null;
}

/** Whether an injection error means "not allowed here" rather than a fault of ours. */
export function isPermissionError(message: string): boolean {
  return /cannot access|cannot be scripted|missing host permission|permission|extensions gallery|not allowed/i.test(
    message,
  );
}
