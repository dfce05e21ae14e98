/**
 * The reference page (a Ukrainska Pravda item relaying the Financial Times via European Pravda),
 * audited as the CLI audits it: its findings and chain are pinned exactly. The sidebar decoys
 * ("sources say", "Reportedly") sit outside the article and must stay unflagged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../../cli/audit-html.ts';

const record = auditHtml('seed.html', readFileSync('tests/fixtures/seed-up-china-russia-cooperation.html', 'utf8'), null);

describe('reference page', () => {
  it('finds exactly the expected flagged phrases', () => {
    expect(record.findings.filter((f) => f.category !== 'named').map((f) => [f.category, f.text])).toEqual([
      ['hedge', 'Allegations have been made'],
      ['secondhand', 'Source: Financial Times'],
      ['secondhand', 'as reported by European Pravda'],
      ['anonymous', 'According to three unnamed officials'],
      ['anonymous', 'According to these sources'],
      ['anonymous', 'One of the sources claims'],
      ['anonymous', 'According to the sources'],
      ['hedge', 'reportedly'],
      ['secondhand', 'The Financial Times reported'],
      ['anonymous', 'Officials recently told'],
      ['secondhand', 'told Politico'],
      ['anonymous', 'The officials said'],
    ]);
  });

  it('counts the named, on-the-record attributions', () => {
    expect(record.findings.filter((f) => f.category === 'named').map((f) => f.source)).toEqual([
      'US Secretary of State Antony Blinken',
      'the US Treasury',
      'the US State Department',
    ]);
  });

  it('builds the sourcing chains, most used first', () => {
    expect(record.chains).toEqual([
      ['three unnamed officials', 'Financial Times', 'European Pravda', 'Ukrainska Pravda'],
      ['Officials', 'Politico', 'Ukrainska Pravda'],
    ]);
    expect(record.outlets).toEqual(['Financial Times', 'European Pravda', 'Politico']);
  });

  it('leaves the sidebar, caption and footer out of the article', () => {
    expect(record.body).not.toMatch(/sources say|Reportedly, new aid|Getty Images|Support UP|Use of materials/);
    expect(record.publisher).toBe('Ukrainska Pravda');
    expect(record.published).toBe('2024-04-06T11:06:00+03:00');
  });
});
