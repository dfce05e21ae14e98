/**
 * Reads a page's JSON-LD. Pages ship arrays, `@graph`s, nested entities, `@id` references and plain
 * broken JSON (raw newlines inside strings, trailing commas, HTML comments); none of it may throw.
 */

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting', 'techarticle',
  'scholarlyarticle', 'report', 'satiricalarticle', 'socialmediaposting', 'posting',
]);

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses one script's text, trying a few repairs of common breakage before giving up. */
export function parseJsonLd(raw: string): unknown {
  let text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '').trim();
  const attempts = [
    (s: string) => s,
    // Raw control characters inside strings are the most common breakage.
    (s: string) => s.replace(/[\u0000-\u001f]+/g, ' '),
    (s: string) => s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const fix of attempts) {
    try {
      return JSON.parse(fix(text));
    } catch {
      /* try the next repair */
    }
  }
  text = '';
  return null;
}

/** The `@type`s of an entity, lower-cased without any "schema:" or URL prefix. */
export function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, '').toLowerCase());
}

export function isArticleEntity(obj: JsonObject): boolean {
  return typesOf(obj).some((t) => ARTICLE_TYPES.has(t));
}

/** Every entity in the parsed scripts, depth first, with `@graph`s and nested objects flattened. */
export function collectEntities(roots: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 12 || v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const obj = v as JsonObject;
    if ('@type' in obj) out.push(obj);
    for (const [k, x] of Object.entries(obj)) {
      if (k === 'articleBody' || k === 'text') continue;
      if (typeof x === 'object') visit(x, depth + 1);
    }
  };
  for (const r of roots) visit(r, 0);
  return out;
}

/** Resolves `{ "@id": ... }` references against the page's entities. */
export function resolve(v: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2) return byId.get(v['@id']) ?? v;
  return v;
}

/** A name for a value that may be a string, an entity with `name`, or a list of either. */
export function namesOf(v: unknown, byId: Map<string, JsonObject>): string[] {
  const out: string[] = [];
  const list = Array.isArray(v) ? v : [v];
  for (const item of list) {
    const x = resolve(item, byId);
    if (typeof x === 'string' && x.trim()) out.push(x.trim());
    else if (isObject(x) && typeof x.name === 'string' && x.name.trim()) out.push(x.name.trim());
  }
  return out;
}

/** URLs or names for a value that may be a string, an entity with `url`/`@id`/`name`, or a list. */
export function refsOf(v: unknown, byId: Map<string, JsonObject>): string[] {
  const out: string[] = [];
  const list = Array.isArray(v) ? v : [v];
  for (const item of list) {
    const x = resolve(item, byId);
    if (typeof x === 'string' && x.trim()) out.push(x.trim());
    else if (isObject(x)) {
      const ref = [x.url, x['@id'], x.name].find((r) => typeof r === 'string' && r.trim());
      if (typeof ref === 'string') out.push(ref.trim());
    }
  }
  return out;
}

export function stringOf(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return stringOf(v[0]);
  if (isObject(v)) return stringOf(v.name ?? v.alternateName ?? v['@value']);
  return null;
}

export interface JsonLdInfo {
  /** The page's article entity, if any. */
  article: JsonObject | null;
  /** Every article entity (a page of stacked stories may declare several). */
  articles: JsonObject[];
  byId: Map<string, JsonObject>;
  entities: JsonObject[];
}

/** Reads the texts of a page's JSON-LD scripts. */
export function readJsonLd(scripts: string[]): JsonLdInfo {
  const roots: unknown[] = [];
  for (const text of scripts) {
    const parsed = parseJsonLd(text);
    if (parsed !== null) roots.push(parsed);
  }
  const entities = collectEntities(roots);
  const byId = new Map<string, JsonObject>();
  for (const e of entities) {
    if (typeof e['@id'] === 'string' && Object.keys(e).length > 2 && !byId.has(e['@id'])) byId.set(e['@id'], e);
  }
  const articles = entities.filter(isArticleEntity);
  // The article with a body, else the first with a headline, else the first declared.
  const article =
    articles.find((a) => typeof a.articleBody === 'string' && a.articleBody.trim()) ??
    articles.find((a) => typeof a.headline === 'string') ??
    articles[0] ??
    null;
  return { article, articles, byId, entities };
}
