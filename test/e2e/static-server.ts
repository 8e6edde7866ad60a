/**
 * A small static file server for the built site that behaves like the static hosts the site is
 * deployed to with cleanUrls: /01-perceptron serves 01-perceptron.html, / serves index.html, and
 * anything missing gets 404.html with status 404.
 *
 * It listens while the site is still being built, so that the tests that do not need the site run
 * beside the build: BUILT_PATH answers 200 once the build is done, 500 with its error if it failed,
 * and 202 when it is still running after a while (ask again).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Where a test asks whether the site is built (see siteBuilt in browser.ts). */
export const BUILT_PATH = '/__e2e/site-built';
/** How long BUILT_PATH holds a request before answering 202: well under any HTTP client's timeout. */
const HOLD_MS = 10_000;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file a URL path maps to, or undefined. Never leaves `root`. */
function resolveFile(root: string, urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, `${path}.html`, join(path, 'index.html')];
  for (const candidate of candidates) {
    const file = join(root, candidate);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Serves `root` once `built` (the site's build, if one is running) has resolved; see BUILT_PATH. */
export function startStaticServer(root: string, built: Promise<void> = Promise.resolve()): Promise<StaticServer> {
  let outcome: { error?: unknown } | undefined;
  built.then(
    () => (outcome = {}),
    (error: unknown) => (outcome = { error }),
  );
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === BUILT_PATH) {
      await Promise.race([built.catch(() => {}), new Promise((resolve) => setTimeout(resolve, HOLD_MS))]);
      if (!outcome) res.writeHead(202).end();
      else if (outcome.error) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String((outcome.error as Error).message ?? outcome.error));
      else res.writeHead(200).end();
      return;
    }
    // A page asked for before the build is done waits for it (siteBuilt spares tests that wait here).
    await built.catch(() => {});
    if (outcome?.error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('the site failed to build');
      return;
    }
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    res.writeHead(status, { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free port; loopback only.
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
