/**
 * The publisher of the page, as the engine uses it: to tell another outlet's reporting from the
 * page's own ("told ABC News" on ABC News is not secondhand) and to end every chain.
 */
import { outletByName, type Outlet } from '../outlets/index.ts';

export interface Publisher {
  name: string;
  outlet: Outlet | null;
  /** Lower-case keys that all mean this publisher: names, aliases, short forms, initials ("trd"). */
  keys: Set<string>;
}

/** A national edition's suffix: "Business Insider Deutschland" is Business Insider's own reporting. */
const EDITION_SUFFIX = /\s+(?:UK|US|USA|India|Italy|Italia|Germany|Deutschland|France|Japan|Australia|Canada|Mexico|Spain|España|Brasil|Brazil|Africa|South\s+Africa|Asia|Arabia|Middle\s+East|Europe|Nederland|Netherlands|Polska|Poland|Türkiye|Turkey|Ukraine|Singapore|Malaysia|Indonesia|Philippines|Nigeria|Kenya|Ireland|Scotland|Latino|Español|en\s+Español|International|Global)$/;

export function resolvePublisher(name: string): Publisher {
  const edition = name && !outletByName(name) && EDITION_SUFFIX.test(name) ? outletByName(name.replace(EDITION_SUFFIX, '')) : null;
  const outlet = edition ?? (name ? outletByName(name) : null);
  const keys = new Set<string>();
  const add = (s: string) => {
    const k = outletKey(s);
    if (k) keys.add(k);
  };
  add(name);
  if (outlet) [outlet.name, ...outlet.aliases, ...outlet.shortForms].forEach(add);
  for (const n of [name, outlet?.name ?? '']) {
    const words = n.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
    // Initials: "The Real Deal" -> "trd", "Ukrainska Pravda" -> "up".
    if (words.length >= 2) {
      keys.add(words.map((w) => w[0]).join('').toLowerCase());
      if (/^the$/i.test(words[0])) keys.add(words.slice(1).map((w) => w[0]).join('').toLowerCase());
    }
  }
  // An edition keeps its own name in the chain; the parent's names still mark its own reporting.
  return { name: edition ? name : (outlet?.name ?? name), outlet, keys };
}

/** A comparison key for outlet names: lower case, no leading "the", no punctuation or possessive. */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/^the\s+/, '')
    .replace(/[.,'’`!]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether an outlet mention names the publisher itself. */
export function isPublisher(publisher: Publisher, mentionText: string, outlet: Outlet | null): boolean {
  if (outlet && publisher.outlet && outlet.name === publisher.outlet.name) return true;
  const key = outletKey(mentionText);
  if (publisher.keys.has(key)) return true;
  if (outlet && publisher.keys.has(outletKey(outlet.name))) return true;
  return false;
}
