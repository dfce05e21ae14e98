/**
 * The command-line audit, run on the same page the browser shows: the extension's highlights
 * must be exactly its findings. Output is NDJSON, one record per page (or per article), each with
 * `findings: [{ category, start, end, text, ... }]`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../fixtures.ts';

export interface CliFinding {
  category: string;
  text: string;
  start: number;
  end: number;
}

export const CLI = join(ROOT, 'bin', 'sourcelens.mjs');

export function cliAvailable(): boolean {
  return existsSync(CLI);
}

/** One record of `sourcelens audit --format json`: an article's text and its findings. */
export interface CliRecord {
  title: string;
  body: string;
  findings?: CliFinding[];
}

/** Every record the CLI prints for `file`, one per line. */
export function cliRecords(file: string): CliRecord[] {
  const out = execFileSync(process.execPath, [CLI, 'audit', '--format', 'json', file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return out
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CliRecord);
}

export function auditWithCli(file: string): CliFinding[] {
  return cliRecords(file).flatMap((r) => r.findings ?? []);
}

/** Whitespace folded: a DOM range reads the page's own spacing, the engine's text folds it. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "category: text" lines, sorted, for comparing two sets of findings as multisets. */
export function keyed(items: readonly { category: string; text: string }[]): string[] {
  return items.map((f) => `${f.category}: ${fold(f.text)}`).sort();
}

const run = promisify(execFile);

/**
 * What `sourcelens audit --format <format> --audited-at <date> <url>` prints for a page on the
 * test server. Asynchronous: the test server answers the CLI from this same process.
 */
export async function cliReport(format: 'markdown' | 'csv' | 'html' | 'json', auditedAt: string, url: string): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, 'audit', '--format', format, '--audited-at', auditedAt, url], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return stdout;
}
