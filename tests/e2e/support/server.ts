/**
 * A static server for the test pages on 127.0.0.1 and a free port. Routes:
 *   /fixtures/<name>  tests/fixtures/<name>        (shared fixture pages, e.g. the reference page)
 *   /site/<name>      tests/e2e/site/<name>        (pages written for these tests)
 *   /spa/...          tests/e2e/site/spa.html      (every path of the single-page app)
 *   /generated/<name> a page a test built with serve()
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const DIRS: Record<string, string> = {
  fixtures: join(ROOT, 'tests', 'fixtures'),
  site: join(ROOT, 'tests', 'e2e', 'site'),
};

export interface TestServer {
  origin: string;
  url(path: string): string;
  /**
   * Serves `html` at `/generated/<name>` (pages built by a test, e.g. a very long article), with
   * extra response headers if given (a strict Content-Security-Policy, say).
   */
  serve(name: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

function fileFor(pathname: string): string | null {
  if (pathname.startsWith('/spa/') || pathname === '/spa') return join(DIRS.site, 'spa.html');
  const [, dir, ...rest] = pathname.split('/');
  const base = DIRS[dir ?? ''];
  if (!base || !rest.length) return null;
  const file = normalize(join(base, ...rest));
  return file.startsWith(base) ? file : null;
}

export async function startServer(): Promise<TestServer> {
  const generated = new Map<string, { html: string; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const page = generated.get(pathname);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
      res.end(page.html);
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = fileFor(pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    serve: (name, html, headers = {}) => {
      generated.set(`/generated/${name}`, { html, headers });
      return `${origin}/generated/${name}`;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
