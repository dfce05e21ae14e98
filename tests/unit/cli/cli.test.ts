/**
 * The audit CLI end to end, in process (main() with a captured terminal) and once as the real
 * `sourcelens` binary. Bad inputs each get one line naming them; the others still run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';

const SEED = 'tests/fixtures/seed-up-china-russia-cooperation.html';
const HOME = 'tests/fixtures/cli/home-page.html';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), stdoutTty: false, stderrTty: false, env: {} });
  return { code, out, err, lines: out.split('\n').filter(Boolean) };
}

let dir: string;
let server: Server;
let base: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelens-cli-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03, 0x00, 0xff]));
  writeFileSync(join(dir, 'notes.html'), 'just some plain notes, not a web page at all\n');
  writeFileSync(join(dir, 'bomb.html.gz'), gzipSync(Buffer.alloc(3 * 1024 * 1024, 0x20)));
  writeFileSync(join(dir, 'corrupt.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'seed.html.gz'), gzipSync(readFileSync(SEED)));
  server = createServer((req, res) => {
    if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(SEED));
    } else if (req.url === '/json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    } else if (req.url === '/slow') {
      // Never answers: the CLI's timeout must end the wait.
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>not here</body></html>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('sourcelens audit', () => {
  it('prints a readable report with the chain and every finding', async () => {
    const { code, out, err } = await run(['audit', SEED]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('US concerned about growing cooperation between China and Russia');
    expect(out).toContain('three unnamed officials → Financial Times → European Pravda → Ukrainska Pravda (this page)');
    expect(out).toContain('"told Politico"');
    expect(out).toContain('Relayed from Politico');
  });

  it('prints one JSON object per input per line, offsets into title + "\\n\\n" + body', async () => {
    const { code, lines } = await run(['audit', '--format', 'json', SEED, join(dir, 'seed.html.gz')]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const o = JSON.parse(line);
      expect(o.isArticle).toBe(true);
      expect(o.publisher).toBe('Ukrainska Pravda');
      const text = o.title + '\n\n' + o.body;
      for (const f of o.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
    expect(JSON.parse(lines[0]).input).toBe(SEED);
  });

  it('prints Markdown with page text escaped', async () => {
    const { code, out } = await run(['audit', '--format', 'markdown', SEED]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# US concerned about growing cooperation between China and Russia/);
    expect(out).toContain('## Sourcing chain');
    expect(out).toMatch(/### \d+\. Secondhand report: “told Politico”/);
  });

  it.each([
    ['csv', /^url,title,publisher,/],
    ['html', /^<!DOCTYPE html>/],
    ['practice', /^# Practice: where does this story come from\?/],
    ['answer-key', /^# Answer key: US concerned/],
  ])('prints the %s report', async (format, start) => {
    const { code, out } = await run(['audit', '--format', format, '--audited-at', '2026-11-29T12:00:00Z', SEED]);
    expect(code).toBe(0);
    expect(out).toMatch(start);
  });

  it('stamps reports with the audit date it is given', async () => {
    const { out } = await run(['audit', '--format', 'markdown', '--audited-at', '2026-11-29T12:00:00Z', SEED]);
    expect(out).toContain('- **Audited:** 2026-11-29T12:00:00Z');
    expect((await run(['audit', '--audited-at', 'yesterday', SEED])).code).toBe(2);
  });

  it('audits a URL', async () => {
    const { code, lines } = await run(['audit', '--format', 'json', `${base}/article`]);
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]).findings.length).toBeGreaterThan(5);
  });

  it.each([
    ['tests/fixtures/cli/no-such-file.html', /no-such-file\.html: file not found$/m],
    ['EMPTY', /empty\.html: file is empty$/m],
    ['BINARY', /binary\.html: binary data, not an HTML page$/m],
    ['NOTES', /notes\.html: not an HTML page/m],
    ['CORRUPT', /corrupt\.html\.gz: corrupt gzip data$/m],
    [HOME, /home-page\.html: not an article: /m],
    ['URL404', /: the server answered 404/m],
    ['URLJSON', /: not an HTML page \(content type application\/json\)$/m],
  ])('reports %s in one line, keeps going, and exits 1', async (input, message) => {
    const real = ({ EMPTY: join(dir, 'empty.html'), BINARY: join(dir, 'binary.html'), NOTES: join(dir, 'notes.html'), CORRUPT: join(dir, 'corrupt.html.gz'), URL404: `${base}/missing`, URLJSON: `${base}/json` } as Record<string, string>)[input] ?? input;
    const { code, err, lines } = await run(['audit', '--format', 'json', real, SEED]);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]).error).toBeTruthy();
    expect(JSON.parse(lines[1]).isArticle).toBe(true);
  });

  it('refuses a gzip bomb and a page over the size limit', async () => {
    const { code, err } = await run(['audit', '--max-size', '1', join(dir, 'bomb.html.gz')]);
    expect(code).toBe(1);
    expect(err).toMatch(/bomb\.html\.gz: decompressed page is over the 1\.0 MB limit/);
  });

  it('gives up on a URL that does not answer in time', async () => {
    const { code, err } = await run(['audit', '--timeout', '0.3', `${base}/slow`]);
    expect(code).toBe(1);
    expect(err).toMatch(/no answer within 0\.3 s/);
  });

  it('reports an unreachable host', async () => {
    const { code, err } = await run(['audit', 'http://127.0.0.1:1/']);
    expect(code).toBe(1);
    expect(err).toMatch(/127\.0\.0\.1:1\/: cannot reach the URL/);
  });

  it.each([[[]], [['audit']], [['inspect', SEED]], [['audit', '--format', 'yaml', SEED]], [['audit', '--bogus', SEED]]])('exits 2 with usage for %j', async (args) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(/sourcelens: /);
  });

  it('writes a practice set: a sheet and an answer key per article, and an index', async () => {
    const out = join(dir, 'practice');
    const { code, err } = await run(['practice-set', '--out', out, SEED, HOME]);
    expect(code).toBe(1);
    expect(err).toMatch(/home-page\.html: not an article/);
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(out).sort();
    expect(files).toEqual(['01-us-concerned-about-growing-cooperation-between.answer-key.md', '01-us-concerned-about-growing-cooperation-between.practice.md', 'index.md']);
    const key = readFileSync(join(out, files[0]), 'utf8');
    expect(key).toContain('“told Politico”');
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain('[sheet](01-us-concerned-about-growing-cooperation-between.practice.md)');
    expect((await run(['practice-set', SEED])).code).toBe(2);
  });

  it('runs as the installed `sourcelens` binary', () => {
    const r = spawnSync(process.execPath, ['bin/sourcelens.mjs', 'audit', '--format', 'json', SEED], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).chains[0]).toEqual(['three unnamed officials', 'Financial Times', 'European Pravda', 'Ukrainska Pravda']);
  });
});
