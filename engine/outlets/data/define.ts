/**
 * A compact way to write gazetteer entries. Each data file is a plain array of outlets; this helper
 * only fills the empty lists so an entry fits on a line or two.
 *
 * Data conventions:
 * - `name` is the outlet's own masthead form, with "The" where the masthead has it.
 * - `aliases` are other unambiguous forms. Acronyms are written in capitals and only ever match
 *   in capitals. A leading "the" never needs listing: "the AP" is found through "AP".
 *   A one-word name after "The" ("The Hill") is only found with its "the"; list the bare word as an
 *   alias only when it is not an ordinary word.
 * - `shortForms` are written with their "the" ("the Post"); they resolve only after a full mention.
 * - `domains` are without "www."; subdomains are covered by their parent.
 * - `ambiguous` marks names that are also ordinary words or people ("Time", "Bloomberg").
 */
import type { Outlet, OutletKind } from '../types.ts';

export interface Extra {
  aliases?: string[];
  shortForms?: string[];
  ambiguous?: boolean;
  ambiguousAliases?: string[];
}

export function outlet(
  name: string,
  kind: OutletKind,
  country: string,
  domains: string[],
  extra: Extra = {},
): Outlet {
  const o: Outlet = {
    name,
    aliases: extra.aliases ?? [],
    shortForms: extra.shortForms ?? [],
    domains,
    kind,
    country,
  };
  if (extra.ambiguous) o.ambiguous = true;
  if (extra.ambiguousAliases) o.ambiguousAliases = extra.ambiguousAliases;
  return o;
}

/** A builder for one kind and country, so a file of US papers reads as a list of names. */
export function maker(kind: OutletKind, country: string) {
  return (name: string, domains: string[], extra?: Extra): Outlet => outlet(name, kind, country, domains, extra);
}
