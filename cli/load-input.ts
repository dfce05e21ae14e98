/**
 * Reads one CLI input (a .html / .html.gz file or an http(s) URL) into HTML text, refusing what
 * cannot be a web page with a clear reason. Limits protect against huge files and gzip bombs.
 */
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { UserError } from './user-error.ts';

export interface LoadLimits {
  /** Largest page accepted, in bytes, after decompression. */
  maxBytes: number;
  /** How long a URL may take to answer, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: LoadLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000 };

export interface LoadedPage {
  html: string;
  /** The page's address when known (the URL fetched; files have none). */
  url: string | null;
}

export async function loadInput(input: string, limits: LoadLimits = DEFAULT_LIMITS): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(input)) return loadUrl(input, limits);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new UserError('only http and https URLs are supported');
  return { html: decodeHtml(await readPageFile(input, limits), null), url: null };
}

async function readPageFile(path: string, limits: LoadLimits): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : `cannot read file (${code})`);
  }
  if (info.isDirectory()) throw new UserError('is a directory, not a page');
  if (info.size === 0) throw new UserError('file is empty');
  if (info.size > limits.maxBytes) throw new UserError(`file is too large (${mb(info.size)}; the limit is ${mb(limits.maxBytes)})`);
  const raw = await readFile(path);
  return isGzip(raw) ? gunzip(raw, limits) : raw;
}

async function loadUrl(url: string, limits: LoadLimits): Promise<LoadedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
    } catch (e) {
      if (controller.signal.aborted) throw new UserError(`no answer within ${limits.timeoutMs / 1000} s`);
      throw new UserError(`cannot reach the URL (${causeOf(e)})`);
    }
    if (!response.ok) throw new UserError(`the server answered ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) throw new UserError(`not an HTML page (content type ${type.split(';')[0]})`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > limits.maxBytes) throw new UserError(`page is too large (${mb(declared)}; the limit is ${mb(limits.maxBytes)})`);
    const body = await readCapped(response, limits.maxBytes);
    return { html: decodeHtml(isGzip(body) ? gunzip(body, limits) : body, type), url: response.url || url };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a response body, stopping as soon as it passes the size limit. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) throw new UserError(`page is too large (over ${mb(maxBytes)})`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function isGzip(b: Buffer): boolean {
  return b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
}

function gunzip(b: Buffer, limits: LoadLimits): Buffer {
  try {
    // maxOutputLength stops a gzip bomb before it fills memory.
    return gunzipSync(b, { maxOutputLength: limits.maxBytes });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /too large|exceeds/i.test(String(e))) {
      throw new UserError(`decompressed page is over the ${mb(limits.maxBytes)} limit (refused as a possible gzip bomb)`);
    }
    throw new UserError('corrupt gzip data');
  }
}

/** Decodes bytes as HTML text, refusing binary data and text that is not HTML. */
export function decodeHtml(bytes: Buffer, contentType: string | null): string {
  if (bytes.length === 0) throw new UserError('file is empty');
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new UserError('binary data, not an HTML page');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.05) throw new UserError('binary data, not an HTML page');
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head.toString('latin1'))?.[1];
  let html: string;
  try {
    html = new TextDecoder(charset && charset.toLowerCase() !== 'utf-8' ? charset : 'utf-8').decode(bytes);
  } catch {
    html = new TextDecoder('utf-8').decode(bytes);
  }
  if (html.trim() === '') throw new UserError('file is empty');
  if (!/<(?:!doctype\s+html|html|head|body|article|main|p|div|h1|title)[\s>]/i.test(html.slice(0, 200_000))) {
    throw new UserError('not an HTML page (no HTML elements found)');
  }
  return html;
}

function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
