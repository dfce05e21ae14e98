/**
 * `sourcelens audit <file|url>...`: the command-line adapter over the shared engine.
 * Each input is read, audited and printed on its own; a bad input gets a one-line error naming
 * it and the others still run. Exit code: 0 all audited, 1 some input failed, 2 bad usage.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeMarkdown } from '../report/escape.ts';
import { auditHtml } from './audit-html.ts';
import { DEFAULT_LIMITS, loadInput } from './load-input.ts';
import { Progress } from './progress.ts';
import { UserError } from './user-error.ts';
import { failedRecord, type AuditRecord } from '../report/record.ts';
import { toAnswerKey, toPracticeSheet } from '../report/practice.ts';
import { NO_NOTES, type ReportContext } from '../report/context.ts';
import { REPORT_FORMATS as FORMATS, renderReport, slugify, type ReportFormat as Format } from '../report/render.ts';

export const USAGE = `Usage: sourcelens audit <file.html | file.html.gz | https://url>... [options]
       sourcelens practice-set --out <folder> <file | url>...

Shows where a news story's information comes from: anonymous sources, secondhand
reporting, hedges and named attributions, with the sourcing chain.

Options:
  -f, --format <format>              text (default), json (one object per line), markdown, csv,
                                     html (printable report), practice (a sheet with blanks for
                                     students) or answer-key
      --audited-at <ISO date>        the audit date reports show (default: now)
      --timeout <seconds>            how long a URL may take (default: ${DEFAULT_LIMITS.timeoutMs / 1000})
      --max-size <MB>                largest page accepted (default: ${DEFAULT_LIMITS.maxBytes / 1024 / 1024})
      --no-color                     plain text even on a terminal
      --no-progress                  no progress line on a terminal
      --out <folder>                 practice-set: where to write one practice sheet and one
                                     answer key per article, and an index
  -h, --help                         this help
  -v, --version                      the version`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stdout / stderr are terminals (colours, progress line). */
  stdoutTty: boolean;
  stderrTty: boolean;
  env: Record<string, string | undefined>;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        timeout: { type: 'string' },
        'audited-at': { type: 'string' },
        'max-size': { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        'no-progress': { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    io.err(`sourcelens: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    io.out(`sourcelens ${VERSION}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (command === 'practice-set') return practiceSet(inputs, values.out, io);
  if (command !== 'audit') {
    io.err(`sourcelens: ${command ? `unknown command "${command}"` : 'no command given'}\n${USAGE}\n`);
    return 2;
  }
  if (inputs.length === 0) {
    io.err(`sourcelens: audit needs at least one file or URL\n${USAGE}\n`);
    return 2;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.err(`sourcelens: unknown format "${values.format}" (use ${FORMATS.join(', ')})\n`);
    return 2;
  }
  const limits = { ...DEFAULT_LIMITS };
  if (values.timeout !== undefined) limits.timeoutMs = positiveNumber(values.timeout, '--timeout', io) * 1000;
  if (values['max-size'] !== undefined) limits.maxBytes = positiveNumber(values['max-size'], '--max-size', io) * 1024 * 1024;
  if (!Number.isFinite(limits.timeoutMs) || !Number.isFinite(limits.maxBytes)) return 2;

  const auditedAt = values['audited-at'] ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(auditedAt))) {
    io.err(`sourcelens: --audited-at needs an ISO date, got "${auditedAt}"\n`);
    return 2;
  }
  const ctx: ReportContext = { auditedAt, notes: NO_NOTES };
  const color = io.stdoutTty && !values['no-color'] && !io.env.NO_COLOR;
  const progress = new Progress(io, io.stderrTty && !values['no-progress'] && inputs.length > 1, inputs.length);
  let failed = 0;
  for (const [i, input] of inputs.entries()) {
    progress.update(i, input, failed);
    const record = await auditOne(input, limits, io.env.SOURCELENS_DEBUG === '1');
    if (record.error) {
      failed++;
      progress.clear();
      io.err(`sourcelens: ${input}: ${record.error}\n`);
    }
    progress.clear();
    if (format === 'json' || !record.error) io.out(renderReport(format, record, ctx, { color }));
  }
  progress.done(inputs.length, failed);
  return failed ? 1 : 0;
}

/**
 * An educator's practice set: for each article a sheet with blanks and an answer key from the same
 * engine, plus an index, written to a folder. Bad inputs are reported and skipped.
 */
async function practiceSet(inputs: string[], out: string | undefined, io: Io): Promise<number> {
  if (!out || inputs.length === 0) {
    io.err(`sourcelens: practice-set needs --out <folder> and at least one file or URL\n${USAGE}\n`);
    return 2;
  }
  await mkdir(out, { recursive: true });
  const index = ['# Practice set', '', '| # | Article | Publisher | Sheet | Answer key |', '|---|---|---|---|---|'];
  let failed = 0;
  let n = 0;
  for (const input of inputs) {
    const record = await auditOne(input, DEFAULT_LIMITS, io.env.SOURCELENS_DEBUG === '1');
    if (record.error) {
      failed++;
      io.err(`sourcelens: ${input}: ${record.error}\n`);
      continue;
    }
    n++;
    const name = `${String(n).padStart(2, '0')}-${slugify(record.title || basename(input))}`;
    await writeFile(join(out, `${name}.practice.md`), toPracticeSheet(record));
    await writeFile(join(out, `${name}.answer-key.md`), toAnswerKey(record));
    index.push(`| ${n} | ${escapeMarkdown(record.title)} | ${escapeMarkdown(record.publisher)} | [sheet](${name}.practice.md) | [key](${name}.answer-key.md) |`);
  }
  await writeFile(join(out, 'index.md'), index.join('\n') + '\n');
  io.out(`Wrote ${n} practice sheet${n === 1 ? '' : 's'} and answer key${n === 1 ? '' : 's'} to ${out}\n`);
  return failed ? 1 : 0;
}

async function auditOne(input: string, limits: typeof DEFAULT_LIMITS, debug: boolean): Promise<AuditRecord> {
  try {
    const page = await loadInput(input, limits);
    return auditHtml(input, page.html, page.url);
  } catch (e) {
    if (e instanceof UserError) return failedRecord(input, e.message);
    // A bug of ours, not the user's: say so in one line; the stack only when asked for.
    if (debug) console.error(e);
    return failedRecord(input, `internal error: ${(e as Error).message} (set SOURCELENS_DEBUG=1 for details)`);
  }
}

function positiveNumber(value: string, flag: string, io: Io): number {
  const n = Number(value);
  if (!(n > 0)) {
    io.err(`sourcelens: ${flag} needs a positive number, got "${value}"\n`);
    return NaN;
  }
  return n;
}

export const VERSION = '0.1.0';
