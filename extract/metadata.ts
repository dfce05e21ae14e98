/**
 * Page metadata: title, publisher, byline, date, canonical URL, language, declared sources and the
 * publisher's sourcing policy, from JSON-LD first, then meta tags, then the URL.
 *
 * The publisher's name goes through the outlet gazetteer, which is passed in (`OutletNames`) rather
 * than imported: the CLI passes the engine's gazetteer, the browser extension passes answers its
 * background computed, so the page itself never loads the gazetteer.
 */
import type { PageHead } from './dom-walk.ts';
import type { OutletAnswers, OutletNames, OutletQueries, PageMetadata } from './types.ts';
import { type JsonLdInfo, type JsonObject, namesOf, refsOf, resolve, stringOf } from './json-ld.ts';

/** `<meta>` values by lower-cased `property`/`name`/`itemprop`, first one wins. */
export function readMeta(metas: Element[]): Map<string, string> {
  const meta = new Map<string, string>();
  for (const m of metas) {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    // Some saved pages carry the value in `value` rather than `content`.
    const content = m.getAttribute('content') ?? m.getAttribute('value');
    if (!key || content === null || !content.trim()) continue;
    const k = key.trim().toLowerCase();
    if (!meta.has(k)) meta.set(k, content.trim());
  }
  return meta;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** "www.theverge.com" -> "Theverge"; "news.example.co.uk" -> "Example". */
export function readableHost(host: string): string {
  const labels = host.replace(/^www\d*\./, '').split('.');
  // Drop the public suffix: a two-letter country code after a short generic label ("co.uk") counts as one.
  let cut = labels.length - 1;
  if (cut >= 2 && labels[cut].length === 2 && labels[cut - 1].length <= 3) cut--;
  const name = labels[Math.max(0, cut - 1)] ?? host;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function absolute(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}

/** An ISO 8601 form of a date string, or null when it cannot be read as a date. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t.replace(' ', 'T');
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function cleanTitle(title: string, publisher: string): string {
  // "Headline | Site" / "Headline - Site": drop the site part when it names the publisher or is short.
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts[parts.length - 1].trim();
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if ((publisher && norm(publisher) && norm(last).includes(norm(publisher))) || last.split(/\s+/).length <= 3) {
    return parts.slice(0, -1).join(' - ').trim();
  }
  return title.trim();
}

/** Everything the publisher's name is chosen from, before the gazetteer is asked. */
interface PublisherEvidence {
  url: string | null;
  host: string | null;
  /**
   * The host of the page's own address (og:url before the canonical one): a syndicated story's
   * canonical URL names the original publisher ("cnn.com" for a story on msn.com).
   */
  siteHost: string | null;
  /** Names in order of preference up to the gazetteer's domain lookup, and after it. */
  before: (string | undefined)[];
  after: (string | undefined)[];
}

function publisherEvidence(head: PageHead, ld: JsonLdInfo, meta: Map<string, string>, pageUrl?: string): PublisherEvidence {
  const art: JsonObject | null = ld.article;
  let canonical: string | null = null;
  for (const l of head.links) {
    if ((l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical') && l.getAttribute('href')) {
      canonical = l.getAttribute('href');
      break;
    }
  }
  const rawUrl = canonical ?? meta.get('og:url') ?? pageUrl ?? null;
  const url = rawUrl ? absolute(rawUrl, pageUrl ?? null) : null;
  const host = hostOf(url) ?? hostOf(pageUrl);
  const ogUrl = meta.get('og:url');
  const siteHost = hostOf(pageUrl) ?? (ogUrl ? hostOf(absolute(ogUrl, null)) : null) ?? host;
  const ldPublisher = art ? namesOf(art.publisher, ld.byId)[0] : undefined;
  const orgName = ld.entities.find((e) => /organization|newsmediaorganization/i.test(String(e['@type'])) && typeof e.name === 'string')
    ?.name as string | undefined;
  return {
    url,
    host,
    siteHost,
    before: [ldPublisher, meta.get('og:site_name')],
    // App names are the brand as the publisher writes it ("The Guardian", "NYTimes").
    after: [
      meta.get('application-name'),
      meta.get('al:ios:app_name'),
      meta.get('al:android:app_name'),
      orgName,
      host ? readableHost(host) : '',
    ],
  };
}

const tidyName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** A site "name" that is an address ("http://www.tmz.com"), not a brand written as one ("TODAY.com"). */
const looksLikeAddress = (name: string): boolean => /^(?:[a-z]+:\/\/|www\.)/i.test(name.trim());

/** The names the page declares for its site (JSON-LD publisher, og:site_name) that are names. */
function declaredNames(e: PublisherEvidence): string[] {
  return e.before.filter((n): n is string => n !== undefined && tidyName(n) !== '' && !looksLikeAddress(n));
}

/** The name the page declares for its site, if it declares one. */
function declaredName(e: PublisherEvidence): string | undefined {
  return declaredNames(e)[0];
}

/**
 * A site's name is a few words; some pages put their headline in application-name ("This Is Your
 * Brain On Sad Movies; Plus 5 Films To Cry To").
 */
const MAX_FALLBACK_NAME_WORDS = 6;

/** The first usable name after the gazetteer's domain lookup (an app name, an organisation, the host). */
function fallbackName(e: PublisherEvidence): string | undefined {
  return e.after.find((n): n is string => n !== undefined && tidyName(n) !== '' && tidyName(n).split(' ').length <= MAX_FALLBACK_NAME_WORDS);
}

function choosePublisher(e: PublisherEvidence, outlets: OutletNames): string {
  const declared = declaredName(e);
  if (declared !== undefined) {
    const siteOutlet = e.siteHost ? outlets.byDomain(e.siteHost) : null;
    // The JSON-LD publisher and og:site_name may disagree: a syndicated story's JSON-LD often names
    // the wire that wrote it ("Associated Press" on a regional paper's site). The one that names
    // the site the reader is on wins.
    if (siteOutlet) {
      const site = outlets.byName(siteOutlet) ?? siteOutlet;
      const names = declaredNames(e);
      if (names.length > 1 && names.some((n) => (outlets.byName(tidyName(n)) ?? tidyName(n)) === site)) return site;
    } else {
      // A site the gazetteer does not know is not the known outlet its JSON-LD names: a regional
      // paper's page of a wire story ("Associated Press" in JSON-LD, "Connecticut Post" in
      // og:site_name) is on the paper's site.
      const [ldName, siteName] = e.before.map((n) => (n !== undefined && !looksLikeAddress(n) ? tidyName(n) : ''));
      const ldOutlet = ldName ? outlets.byName(ldName) : null;
      const siteNamed = siteName ? outlets.byName(siteName) : null;
      if (ldOutlet && siteName && siteNamed !== ldOutlet) return siteNamed ?? siteName;
    }
    // A short or app-style name the gazetteer knows ("NYTimes") reads better as its full name.
    const known = outlets.byName(tidyName(declared));
    if (known) return known;
    // A label the gazetteer does not know on a site it does ("U.S." on reuters.com: a section's
    // name in og:site_name) is not the publisher's name; the site's is.
    if (siteOutlet) return outlets.byName(siteOutlet) ?? siteOutlet;
    return tidyName(declared);
  }
  const hostOutlet = e.host ? outlets.byDomain(e.host) : null;
  const publisher = tidyName(hostOutlet ?? fallbackName(e) ?? '');
  return (publisher && outlets.byName(publisher)) || publisher;
}

/**
 * The gazetteer lookups `readMetadata` may make for this page, so another context can answer them
 * all in one go: the host, and every name the publisher could be (a host's outlet name is looked
 * up again by whoever answers the host).
 */
export function outletQueries(head: PageHead, ld: JsonLdInfo, meta: Map<string, string>, pageUrl?: string): OutletQueries {
  const e = publisherEvidence(head, ld, meta, pageUrl);
  const declared = declaredName(e);
  const hosts = [...new Set([e.host, e.siteHost].filter((h): h is string => !!h))];
  // The same name choosePublisher falls back to, so the page asks for exactly the one it uses.
  // Every declared name too: when they disagree, the one that names the site's outlet wins.
  const candidate = declared ?? fallbackName(e);
  const names = [...new Set([...(candidate !== undefined ? [candidate] : []), ...declaredNames(e)].map(tidyName))];
  return { hosts, names };
}

/** Answers `outletQueries` with a gazetteer, including the name lookup of every host's outlet. */
export function answerOutletQueries(queries: OutletQueries, outlets: OutletNames): OutletAnswers {
  const answers: OutletAnswers = { hosts: {}, names: {} };
  const names = [...queries.names];
  for (const host of queries.hosts) {
    const name = outlets.byDomain(host);
    answers.hosts[host] = name;
    if (name !== null && tidyName(name)) names.push(tidyName(name));
  }
  for (const name of names) answers.names[name] = outlets.byName(name);
  return answers;
}

/** Lookups answered from a table (`answerOutletQueries` run elsewhere); unknown keys answer null. */
export function outletNamesFrom(answers: OutletAnswers): OutletNames {
  const own = (table: Record<string, string | null>, key: string) =>
    Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
  return { byDomain: (host) => own(answers.hosts, host), byName: (name) => own(answers.names, name) };
}

export function readMetadata(
  head: PageHead,
  ld: JsonLdInfo,
  meta: Map<string, string>,
  pageUrl: string | undefined,
  outlets: OutletNames,
): PageMetadata {
  const art: JsonObject | null = ld.article;
  const byId = ld.byId;

  const evidence = publisherEvidence(head, ld, meta, pageUrl);
  const url = evidence.url;
  const publisherEntity = art ? resolve(art.publisher, byId) : null;
  const publisher = choosePublisher(evidence, outlets);

  const headline = art ? stringOf(art.headline) ?? stringOf(art.name) : null;
  const docTitle = head.title?.replace(/\s+/g, ' ').trim() ?? '';
  const title = (headline ?? meta.get('og:title') ?? meta.get('twitter:title') ?? cleanTitle(docTitle, publisher))
    .replace(/\s+/g, ' ')
    .trim();

  const authors = art ? namesOf(art.author, byId).filter((n) => !/^https?:/.test(n)) : [];
  let byline: string | null = authors.length ? [...new Set(authors)].join(', ') : null;
  if (!byline) {
    const m = meta.get('author') ?? meta.get('article:author') ?? meta.get('byl') ?? meta.get('parsely-author');
    if (m && !/^https?:/.test(m)) byline = m.replace(/^by\s+/i, '');
  }

  const published = isoDate(
    (art ? stringOf(art.datePublished) ?? stringOf(art.dateCreated) : null) ??
      meta.get('article:published_time') ??
      meta.get('datepublished') ??
      meta.get('date') ??
      meta.get('pubdate') ??
      meta.get('publish-date') ??
      head.time,
  );

  const htmlLang = head.lang?.trim();
  const ogLocale = meta.get('og:locale')?.replace('_', '-');
  const ldLang = art ? stringOf(art.inLanguage) : null;
  const language = htmlLang || ogLocale || ldLang || null;

  const basedOn = art ? [...new Set([...refsOf(art.isBasedOn, byId), ...refsOf(art.citation, byId)])] : [];

  let policyUrl: string | null = null;
  for (const holder of [art, publisherEntity]) {
    if (!holder || typeof holder !== 'object' || Array.isArray(holder)) continue;
    const h = holder as JsonObject;
    const ref = refsOf(h.unnamedSourcesPolicy, byId)[0] ?? refsOf(h.publishingPrinciples, byId)[0];
    if (ref) {
      policyUrl = absolute(ref, url);
      break;
    }
  }

  return { title, publisher, byline, published, url, language, basedOn, policyUrl };
}
