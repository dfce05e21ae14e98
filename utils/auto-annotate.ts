/**
 * Automatic annotation on the sites the user chose: the chosen match patterns whose host
 * permission is granted become one registered content script. Everything else runs only on click.
 */
import { CONTENT_SCRIPT_FILE } from './injection.ts';

export const AUTO_SCRIPT_ID = 'sourcelens-auto';
export const ALL_SITES = '*://*/*';

/** The patterns that may run now: chosen by the user and covered by a granted permission. */
export function effectivePatterns(chosen: readonly string[], granted: readonly string[]): string[] {
  const all = granted.includes(ALL_SITES) || granted.includes('<all_urls>');
  return [...new Set(chosen)].filter((p) => all || granted.includes(p)).sort();
}

/** "*://www.example.org/*" (http and https) for a page URL, or null for pages that are not http(s). */
export function sitePattern(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `*://${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** The pattern for what a user typed: "example.org", "https://example.org/news/x" → "*://example.org/*". */
export function patternFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const pattern = sitePattern(withScheme);
  if (!pattern) return null;
  const host = pattern.slice(4, -2);
  // A host needs a dot (or is localhost): "news" alone is more likely a typo than a site.
  return host === 'localhost' || (host.includes('.') && !host.startsWith('.') && !host.endsWith('.')) ? pattern : null;
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface AutoScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: {
    id: string;
    matches: string[];
    js: string[];
    runAt: 'document_idle';
    persistAcrossSessions: boolean;
  }[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

/** Makes the registered script match `patterns` exactly (none: unregistered). Returns what changed. */
export async function syncAutoScript(
  scripting: AutoScriptingApi,
  patterns: readonly string[],
): Promise<'unchanged' | 'registered' | 'unregistered'> {
  const existing = (await scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] }))[0];
  const current = [...(existing?.matches ?? [])].sort();
  const wanted = [...patterns].sort();
  if (existing && current.join('\n') === wanted.join('\n')) return 'unchanged';
  if (!existing && !wanted.length) return 'unchanged';
  if (existing) await scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (!wanted.length) return 'unregistered';
  await scripting.registerContentScripts([
    {
      id: AUTO_SCRIPT_ID,
      matches: wanted,
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      // Re-synced each time the background starts, so nothing stale survives a restart.
      persistAcrossSessions: false,
    },
  ]);
  return 'registered';
}
