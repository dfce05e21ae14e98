/**
 * Exact lookups: by name or alias, and by web domain.
 *
 * Name conventions: case does not matter for names ("new york times"), but acronyms must be in
 * capitals ("AP", not "ap"); a leading "the", a possessive "'s" and curly apostrophes are ignored,
 * except that a one-word name after "The" needs its article ("Hill" is not The Hill).
 * Short forms ("the Post") are not looked up here: they need the text they appear in.
 */
import type { Outlet } from './types.ts';
import { acronymsFit, nameKey, type CompiledGazetteer } from './compile.ts';
import { dropLeadingThe, dropPossessive, tokenize } from './text.ts';

export function createNameLookup(g: CompiledGazetteer): (name: string) => Outlet | null {
  function find(tokens: string[], hadThe: boolean): Outlet | null {
    if (tokens.length === 0) return null;
    for (const e of g.byName.get(nameKey(tokens)) ?? []) {
      if (e.needsThe && !hadThe) continue;
      if (acronymsFit(e.tokens, tokens)) return e.outlet;
    }
    return null;
  }
  return function outletByName(name: string): Outlet | null {
    if (typeof name !== 'string' || name.length > 200) return null;
    const all = tokenize(name.trim());
    const tokens = dropLeadingThe(all);
    const hadThe = tokens.length < all.length;
    // "Barron's" is a name; "CNN's" is a possessive: try the phrase as given first.
    const hit = find(tokens, hadThe) ?? find(dropPossessive(tokens), hadThe);
    if (hit) return hit;
    if (/^[\w.-]+\.[a-z]{2,}$/i.test(name.trim())) return outletByDomainIn(g, name);
    return null;
  };
}

/** The host of a URL or a bare host name, lower-cased, without port, credentials or trailing dot. */
export function hostOf(hostOrUrl: string): string {
  let s = hostOrUrl.trim().toLowerCase();
  const scheme = s.indexOf('://');
  if (scheme >= 0) s = s.slice(scheme + 3);
  else if (s.startsWith('//')) s = s.slice(2);
  s = s.split(/[/?#\\]/, 1)[0] ?? '';
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  s = s.replace(/:\d*$/, '').replace(/\.+$/, '');
  return s;
}

export function outletByDomainIn(g: CompiledGazetteer, hostOrUrl: string): Outlet | null {
  if (typeof hostOrUrl !== 'string' || hostOrUrl.length > 2048) return null;
  let host = hostOf(hostOrUrl);
  if (!/^[a-z0-9.-]+$/.test(host)) return null;
  // A domain or any parent of it, but never a bare top-level domain.
  while (host.includes('.')) {
    const hit = g.byDomain.get(host);
    if (hit) return hit;
    host = host.slice(host.indexOf('.') + 1);
  }
  return null;
}
