/** Words for categories and chains shared by every report format. */
import type { Category } from '../engine/index.ts';
import type { ReportContext } from './context.ts';
import type { AuditRecord } from './record.ts';

export const CATEGORY_LABEL: Record<Category, string> = {
  anonymous: 'Anonymous source',
  secondhand: 'Secondhand report',
  hedge: 'Hedge',
  named: 'Named source',
};

export const CATEGORY_ORDER: Category[] = ['anonymous', 'secondhand', 'hedge', 'named'];

/** "three unnamed officials → Financial Times → Ukrainska Pravda (this page)". */
export function chainText(chain: readonly string[]): string {
  return chain.map((label, i) => (i === chain.length - 1 ? `${label} (this page)` : label)).join(' → ');
}

export function percent(share: number | null): string {
  return share === null ? 'n/a' : `${Math.round(share * 100)}%`;
}

export function countsLine(counts: Record<Category, number>): string {
  return CATEGORY_ORDER.map((c) => `${counts[c]} ${CATEGORY_LABEL[c].toLowerCase()}${counts[c] === 1 ? '' : 's'}`).join(' · ');
}

/** The article's facts every report lists first, in order, leaving out the unknown ones. */
export function articleFacts(record: AuditRecord, ctx: ReportContext): [label: string, value: string][] {
  const facts: [string, string | null][] = [
    ['Publisher', record.publisher],
    ['Byline', record.byline],
    ['Published', record.published],
    ['URL', record.url ?? record.input],
    ['Audited', ctx.auditedAt || null],
  ];
  return facts.filter((f): f is [string, string] => !!f[1]);
}
