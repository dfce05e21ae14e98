import { describe, expect, it, test } from 'vitest';
import { OUTLETS, findOutletMentions, outletByDomain, outletByName } from '../../../engine/outlets/index.ts';
import { dropLeadingThe, tokenize } from '../../../engine/outlets/text.ts';

const KINDS = new Set(['wire', 'newspaper', 'broadcaster', 'magazine', 'news-site', 'state-media']);

/** How the matcher and lookups see a form: tokens without a leading "the", case kept for acronyms. */
function formKey(form: string): string {
  return dropLeadingThe(tokenize(form))
    .map((t) => (t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase() ? t : t.toLowerCase()))
    .join(' ');
}

describe('gazetteer data', () => {
  it('has at least 400 outlets', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(400);
  });

  it('gives every outlet a name, a kind and a country', () => {
    for (const o of OUTLETS) {
      expect(o.name.trim(), o.name).toBe(o.name);
      expect(o.name.length, o.name).toBeGreaterThan(0);
      expect(KINDS.has(o.kind), `${o.name}: ${o.kind}`).toBe(true);
      expect(/^(?:[A-Z]{2}|intl)$/.test(o.country), `${o.name}: ${o.country}`).toBe(true);
    }
  });

  it('has no name or alias used by two outlets', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of OUTLETS) {
      for (const f of new Set([o.name, ...o.aliases].map(formKey))) {
        const prev = owner.get(f);
        if (prev !== undefined && prev !== o.name) clashes.push(`${f}: ${prev} / ${o.name}`);
        owner.set(f, o.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no domain used by two outlets, and domains are bare host names', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const o of OUTLETS) {
      for (const d of o.domains) {
        if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(d) || d.startsWith('www.')) problems.push(`${o.name}: bad ${d}`);
        if (owner.has(d)) problems.push(`${d}: ${owner.get(d)} / ${o.name}`);
        owner.set(d, o.name);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes short forms with their article and lists ambiguous aliases among the aliases', () => {
    for (const o of OUTLETS) {
      for (const s of o.shortForms) expect(s, o.name).toMatch(/^the /);
      for (const a of o.ambiguousAliases ?? []) expect(o.aliases, o.name).toContain(a);
    }
  });

  // Every way of writing an outlet must be findable both by lookup and in running text; this
  // catches forms the tokenizer cannot reach and clashes where one outlet shadows another.
  test.each(OUTLETS.map((o) => [o.name, o] as const))('%s is found by its name and aliases', (_name, o) => {
    for (const form of [o.name, ...o.aliases]) {
      expect(outletByName(form)?.name, form).toBe(o.name);
      const text = `Reporting by ${form}, officials said.`;
      const ms = findOutletMentions(text);
      expect(ms.map((m) => m.outlet.name), text).toEqual([o.name]);
    }
    for (const d of o.domains) expect(outletByDomain(d)?.name, d).toBe(o.name);
  });
});
