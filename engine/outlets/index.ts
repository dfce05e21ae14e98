// Placeholder: the gazetteer and matcher are being written. Signatures are the contract.
import type { Outlet, OutletMention } from './types.ts';
export type { Outlet, OutletMention, OutletKind } from './types.ts';

export const OUTLETS: readonly Outlet[] = [];

/** The outlet whose web domain (or a parent domain of it) matches, e.g. "https://www.ft.com/x" -> Financial Times. */
export function outletByDomain(_hostOrUrl: string): Outlet | null {
  return null;
}

/** The outlet a name or alias stands for, or null. */
export function outletByName(_name: string): Outlet | null {
  return null;
}

/** Every gazetteer mention in `text`, left to right, non-overlapping, longest match first. */
export function findOutletMentions(_text: string): OutletMention[] {
  return [];
}

/** Whether a capitalised phrase reads like the name of a publication ("the Sioux Falls Argus Leader"). */
export function looksLikeOutletName(_phrase: string): boolean {
  return false;
}
