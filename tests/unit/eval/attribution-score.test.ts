/**
 * The project's scorer must agree with the reference scorer (tools/score.py in the shared folder)
 * on the same output. This builds awkward cases (folded whitespace, repeated quotes, astral
 * characters before a span, out-of-range offsets, outlet aliases) and compares every figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAttribution, type LabelFile, type OutputRecord } from '../../../eval/attribution-score.ts';

const SCORER = resolve(process.env.SOURCELENS_SHARED ?? '../shared', 'tools/score.py');

const labels: LabelFile[] = [
  {
    page: 'p1',
    publisher: 'The Example Times',
    outlets: ['The Associated Press', 'Financial Times', 'Politico'],
    spans: [
      { category: 'anonymous', quote: 'three unnamed officials', occurrence: 1 },
      { category: 'hedge', quote: 'reportedly', occurrence: 1 },
      { category: 'hedge', quote: 'reportedly', occurrence: 2 },
      { category: 'secondhand', quote: 'told   Politico', occurrence: 1 },
      { category: 'secondhand', quote: 'according to the AP', occurrence: 1 },
    ],
  },
  { page: 'p2', publisher: 'Daily Planet', outlets: [], spans: [{ category: 'anonymous', quote: 'sources said', occurrence: 1 }] },
  { page: 'p3', publisher: 'Nowhere News', outlets: ['Reuters'], spans: [{ category: 'secondhand', quote: 'Reuters reported', occurrence: 1 }] },
];

const title1 = 'Headline 🙂 with emoji';
const body1 = 'According to  three unnamed officials, it was\nreportedly done. It reportedly  failed, they told   Politico,\n\naccording to the AP. Extra reportedly.';
const at = (s: string, q: string, n = 1) => {
  let i = -1;
  for (let k = 0; k < n; k++) i = s.indexOf(q, i + 1);
  return i;
};
const text1 = title1 + '\n\n' + body1;
const outputs: OutputRecord[] = [
  {
    input: '/some/dir/p1.html.gz',
    title: title1,
    body: body1,
    publisher: 'Example Times',
    outlets: ['AP', 'FT', 'CNN'],
    findings: [
      { category: 'anonymous', start: at(text1, 'three'), end: at(text1, 'three') + 5 },
      { category: 'hedge', start: at(text1, 'reportedly', 1), end: at(text1, 'reportedly', 1) + 10 },
      { category: 'hedge', start: at(text1, 'reportedly', 3), end: at(text1, 'reportedly', 3) + 10 },
      { category: 'secondhand', start: at(text1, 'told'), end: at(text1, 'Politico') + 8 },
      { category: 'secondhand', start: 5, end: 2 },
      { category: 'named', start: 0, end: 4 },
      { category: 'hedge', start: -50, end: 99999 },
      { category: 'anonymous', start: 'x' as unknown as number, end: 3 },
    ],
  },
  { input: 'p2.html', title: 'T', body: 'Nothing here.', publisher: 'The Daily Planet', outlets: [], findings: [{ category: 'anonymous', start: 0, end: 1 }] },
];

describe.runIf(existsSync(SCORER) || !!process.env.CI)('attribution scorer', () => {
  it('agrees with tools/score.py on every figure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelens-score-'));
    const labelDir = join(dir, 'labels');
    mkdirSync(labelDir);
    for (const l of labels) writeFileSync(join(labelDir, `${l.page}.json`), JSON.stringify(l));
    const out = join(dir, 'out.ndjson');
    writeFileSync(out, outputs.map((o) => JSON.stringify(o)).join('\n') + '\n');
    const r = spawnSync('python3', [SCORER, 'attribution', out, labelDir, '--pages'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const reference = JSON.parse(r.stdout);
    const ours = scoreAttribution(outputs, labels);
    for (const k of ['anonymous', 'secondhand', 'hedge', 'all', 'outlets'] as const) expect(ours[k], k).toEqual(reference[k]);
    expect(ours.publisher_accuracy).toBe(reference.publisher_accuracy);
    expect(ours.pages_missing).toEqual(reference.pages_missing);
    // The case is not trivial: some spans hit, some miss, some extra.
    expect(ours.all.precision).toBeGreaterThan(0);
    expect(ours.all.precision).toBeLessThan(1);
    expect(ours.all.recall).toBeLessThan(1);
  });
});
