/**
 * A static file server for a built dist/ on 127.0.0.1, mounted under a base path, for browser
 * tests and screenshots. Serves index.html for directories and 404.html for misses, and text
 * gzipped to a browser that asks for it, like a static host.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Text a host compresses; Pagefind's index files and fonts are compressed already. */
const COMPRESSED_BY_HOST = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.wasm']);

export interface Served {
  origin: string;
  /** Absolute URL of a site path, e.g. url('plans/x/') → http://127.0.0.1:PORT/yaodian/plans/x/. */
  url: (path: string) => string;
  close: () => Promise<void>;
}

export function serve(root: string, base = '/'): Promise<Served> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, pathname.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      // A sharded build has no 404 page at its root.
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSED_BY_HOST.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(status, { 'Content-Type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      resolve({
        origin,
        url: (path: string) => `${origin}${prefix}${path.replace(/^\//, '')}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
