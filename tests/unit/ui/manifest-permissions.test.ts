/**
 * The permissions table in docs/extension.md (repeated in the README, which this test holds to the
 * same list) is the documented list: the built manifests
 * (Chrome and Firefox, production; and the e2e build's extra host access) must ask for exactly
 * what it lists, so a new permission cannot slip in unnoticed. The extension is built here, into a
 * temporary folder, with WXT's own build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

/** The documented permissions: the table's rows, and the e2e build's host access sentence. */
export function documentedPermissions(markdown: string): { required: string[]; optionalHosts: string[]; e2eHosts: string[] } {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Permissions'));
  if (!section) throw new Error('docs/extension.md has no "Permissions" section');
  const rows = section.split('\n').filter((line) => /^\|\s*(optional:\s*)?`/.test(line));
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const firstCell = (row: string) => row.split('|')[1] ?? '';
  const required = rows.filter((r) => !/^\|\s*optional:/.test(r)).flatMap((r) => names(firstCell(r)));
  const optionalHosts = rows.filter((r) => /^\|\s*optional:/.test(r)).flatMap((r) => names(firstCell(r)));
  const e2eSentence = section.split('\n\n').find((p) => /e2e build/.test(p)) ?? '';
  const e2eHosts = names(e2eSentence).filter((n) => /^[a-z*]+:\/\//.test(n));
  return { required, optionalHosts, e2eHosts };
}

const docs = documentedPermissions(readFileSync(join(ROOT, 'docs', 'extension.md'), 'utf8'));
let out = '';

function build(browser: 'chrome' | 'firefox', mode: 'production' | 'e2e'): Manifest {
  const dir = join(out, `${browser}-${mode}`);
  const quiet = "{ ...console, info() {}, success() {}, log() {}, debug() {}, start() {}, box() {}, ready() {}, trace() {}, verbose() {}, warn() {}, fail: console.error, fatal: console.error, level: 0 }";
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { build } from 'wxt'; await build({ root: ${JSON.stringify(ROOT)}, mode: '${mode}', browser: '${browser}', outDir: ${JSON.stringify(dir)}, logger: ${quiet} });`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 },
  );
  // `<browser>-mv3`, with a `-<mode>` suffix for modes other than production.
  const [folder] = readdirSync(dir).filter((name) => name.startsWith(`${browser}-mv3`));
  return JSON.parse(readFileSync(join(dir, folder, 'manifest.json'), 'utf8')) as Manifest;
}

const built = new Map<string, Manifest>();

describe('the built manifests ask for exactly the documented permissions', () => {
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'sourcelens-manifest-'));
    for (const browser of ['chrome', 'firefox'] as const) built.set(browser, build(browser, 'production'));
    built.set('chrome-e2e', build('chrome', 'e2e'));
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the README lists the same permissions as docs/extension.md', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('**Permissions**');
    expect(start).toBeGreaterThan(-1);
    const table = readme.slice(start).split('\n\n').find((p) => p.trimStart().startsWith('|')) ?? '';
    const rows = table.split('\n').filter((line) => /^\|\s*(optional:\s*)?`/.test(line));
    const names = (row: string) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(rows.filter((r) => !/^\|\s*optional:/.test(r)).flatMap(names)).toEqual(docs.required);
    expect(rows.filter((r) => /^\|\s*optional:/.test(r)).flatMap(names)).toEqual(docs.optionalHosts);
  });

  it('reads the documented list from the table', () => {
    expect(docs.required).toEqual(['activeTab', 'scripting', 'storage']);
    expect(docs.optionalHosts).toEqual(['*://*/*']);
    expect(docs.e2eHosts).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });

  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: permissions, optional permissions and host permissions`, () => {
      const m = built.get(browser)!;
      expect([...(m.permissions ?? [])].sort()).toEqual([...docs.required].sort());
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.host_permissions ?? []).toEqual([]);
      expect([...(m.optional_host_permissions ?? [])].sort()).toEqual([...docs.optionalHosts].sort());
      // Nothing is injected by the manifest: the script is injected on request or registered per site.
      expect((m.content_scripts ?? []).flatMap((c) => c.matches)).toEqual([]);
    });
  }

  it('the e2e build adds only the documented local test hosts', () => {
    const m = built.get('chrome-e2e')!;
    expect([...(m.permissions ?? [])].sort()).toEqual([...docs.required].sort());
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...docs.e2eHosts].sort());
    expect((m.content_scripts ?? []).flatMap((c) => c.matches).sort()).toEqual([...docs.e2eHosts].sort());
  });
});
