/** The transparency rating's rubric in words, built from the engine's own numbers. */
import { RUBRIC } from '../engine/summary.ts';

export const RUBRIC_LINES: readonly string[] = [
  `Starts at 100.`,
  `Anonymous sources: up to −${RUBRIC.anonymousShare}, in proportion to their share of attributed sources.`,
  `Hedges: −${RUBRIC.hedgePer1000Words} per hedge per 1,000 words, at most −${RUBRIC.hedgeCap}.`,
  `Relayed reporting: −${RUBRIC.perRelayedOutlet} per other outlet relayed, at most −${RUBRIC.relayCap}; −${RUBRIC.perRelayOfRelay} per chain through two or more outlets, at most −${RUBRIC.relayOfRelayCap}.`,
  `Traceability: +${RUBRIC.perLinkedOutlet} per cited outlet the article links to, at most +${RUBRIC.linkCap}; +${RUBRIC.policy} when the publisher declares a policy on unnamed sources.`,
  `80 and above: Transparent; 60–79: Mostly transparent; 40–59: Mixed; below 40: Opaque.`,
];
