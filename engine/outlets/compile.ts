/**
 * Compiles the gazetteer once, at module load, into the structures the matcher and lookups read:
 * a trie over tokens for running text, a map of names for exact lookups and a map of domains.
 */
import type { Outlet, OutletMention } from './types.ts';
import { dropLeadingThe, isAcronym, tokenize, tokenKey } from './text.ts';

/** One way of writing an outlet, as the matcher stores it at the end of its token path. */
export interface FormEntry {
  /** The tokens as written in the data, leading "the" removed; their case is checked on a match. */
  tokens: string[];
  via: OutletMention['via'];
  /** The outlet named, or for a short form every outlet that uses it ("the Post"). */
  outlets: Outlet[];
  /**
   * Whether the text must have "the" right before the tokens. True for short forms written with
   * "the" and for one-word names after "The" ("The Hill", "The Atlantic", "The Sun"): "Hill",
   * "Atlantic" or "Sun" alone are ordinary words.
   */
  needsThe: boolean;
  ambiguous: boolean;
  /** Short forms and one-word names after "the": they must not run into a capitalised word. */
  guarded: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Forms ending here; short forms first, because a resolvable short form beats a bare name. */
  entries: FormEntry[] | null;
}

export interface NameEntry {
  outlet: Outlet;
  tokens: string[];
  /** As in FormEntry: "Hill" alone is not The Hill. */
  needsThe: boolean;
}

export interface CompiledGazetteer {
  root: Map<string, TrieNode>;
  maxDepth: number;
  byName: Map<string, NameEntry[]>;
  byDomain: Map<string, Outlet>;
  /**
   * Lengths of first words that begin with a lower-case ASCII letter ("dpa", "taz"), by that letter.
   * The matcher skips lower-case words unless this says one of that letter and length can start a form.
   */
  lowerStarts: Map<number, Set<number>>;
  /** Those first words themselves, lower-cased ("dpa", "news" of "news.com.au"). */
  lowerHeads: Set<string>;
  /**
   * A filter on the first three characters of a word (ASCII, lower-cased, hashed): 1 where some
   * first token may start that way. Most capitalised words in a text are not outlet names, and
   * this lets the matcher skip them without building a lookup key.
   */
  headFilter: Uint8Array;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/**
 * The `headFilter` slot of the word `s[start, end)`: a hash of its first three code units (0 past
 * the end), or -1 when one of them is not ASCII (such words are always looked up).
 */
export function headHash(s: string, start: number, end: number): number {
  const c1 = s.charCodeAt(start);
  const c2 = start + 1 < end ? s.charCodeAt(start + 1) : 0;
  const c3 = start + 2 < end ? s.charCodeAt(start + 2) : 0;
  if ((c1 | c2 | c3) >= 128) return -1;
  return (lowerAscii(c1) * 961 + lowerAscii(c2) * 31 + lowerAscii(c3)) & 0xffff;
}

/** The key for exact lookups: lower-cased tokens joined by single spaces. */
export function nameKey(tokens: string[]): string {
  return tokens.map(tokenKey).join(' ');
}

function insert(c: CompiledGazetteer, form: string, outlet: Outlet, via: FormEntry['via']): void {
  const all = tokenize(form);
  if (all.length === 0) return;
  const hadThe = all.length > 1 && all[0]!.toLowerCase() === 'the';
  const tokens = dropLeadingThe(all);
  const needsThe = hadThe && (via === 'short-form' || tokens.length === 1);
  const ambiguous =
    via === 'short-form'
      ? false
      : via === 'name'
        ? outlet.ambiguous === true
        : (outlet.ambiguousAliases ?? []).includes(form);

  let map = c.root;
  let node: TrieNode | undefined;
  for (const t of tokens) {
    const k = tokenKey(t);
    node = map.get(k);
    if (!node) {
      node = { next: null, entries: null };
      map.set(k, node);
    }
    map = node.next ??= new Map();
  }
  const last = node!;
  if (last.next && last.next.size === 0) last.next = null;
  c.maxDepth = Math.max(c.maxDepth, tokens.length);
  const head = tokens[0]!.charCodeAt(0);
  if (head >= 97 && head <= 122) {
    const lengths = c.lowerStarts.get(head) ?? new Set<number>();
    lengths.add(tokens[0]!.length);
    c.lowerStarts.set(head, lengths);
    c.lowerHeads.add(tokens[0]!.toLowerCase());
  }

  const entries = (last.entries ??= []);
  if (via === 'short-form') {
    const same = entries.find((e) => e.via === 'short-form' && e.needsThe === needsThe);
    if (same) {
      if (!same.outlets.includes(outlet)) same.outlets.push(outlet);
    } else {
      entries.unshift({ tokens, via, outlets: [outlet], needsThe, ambiguous, guarded: true });
    }
  } else {
    entries.push({ tokens, via, outlets: [outlet], needsThe, ambiguous, guarded: needsThe });
  }

  if (via !== 'short-form') {
    const key = nameKey(tokens);
    const list = c.byName.get(key) ?? [];
    list.push({ outlet, tokens, needsThe });
    c.byName.set(key, list);
  }
}

/** Empty `next` maps are left by the insert loop's last step; drop them so leaves are cheap to test. */
function prune(map: Map<string, TrieNode>): void {
  for (const node of map.values()) {
    if (node.next && node.next.size === 0) node.next = null;
    if (node.next) prune(node.next);
  }
}

export function compileGazetteer(outlets: readonly Outlet[]): CompiledGazetteer {
  const c: CompiledGazetteer = { root: new Map(), maxDepth: 0, byName: new Map(), byDomain: new Map(), lowerStarts: new Map(), lowerHeads: new Set(), headFilter: new Uint8Array(65536) };
  for (const o of outlets) {
    insert(c, o.name, o, 'name');
    for (const a of o.aliases) insert(c, a, o, 'alias');
    for (const s of o.shortForms) insert(c, s, o, 'short-form');
    for (const d of o.domains) {
      const key = d.toLowerCase().replace(/^www\./, '');
      if (!c.byDomain.has(key)) c.byDomain.set(key, o);
    }
  }
  prune(c.root);
  for (const key of c.root.keys()) {
    const at = headHash(key, 0, key.length);
    if (at >= 0) c.headFilter[at] = 1;
  }
  return c;
}

/** Whether every acronym of a stored name appears in exactly that case in the looked-up tokens. */
export function acronymsFit(stored: string[], given: string[]): boolean {
  for (let i = 0; i < stored.length; i++) {
    if (isAcronym(stored[i]!) && stored[i] !== given[i]) return false;
  }
  return true;
}
