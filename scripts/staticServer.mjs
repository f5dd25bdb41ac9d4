// A tiny static file server for the built site, used by the browser tests,
// the benchmark scripts and instructors checking a build: serves a folder
// under a base path (as a static host would), with correct MIME types for
// wasm and optional extra headers (e.g. a CSP).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
};

/**
 * @param {{ root: string, base?: string, port?: number, headers?: Record<string,string> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic({ root, base = '/', port = 0, headers = {} }) {
  const rootDir = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) return send(res, 404, 'Not under the base path');
      path = path.slice(base.length);
      let file = normalize(join(rootDir, path));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(res, 403, 'Forbidden');
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: url.pathname + '/' + url.search });
          return res.end();
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        const notFound = await readFile(join(rootDir, '404.html')).catch(() => null);
        res.writeHead(404, { 'Content-Type': TYPES['.html'], ...headers });
        return res.end(notFound ?? 'Not found');
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...headers,
      });
      res.end(body);
    } catch (err) {
      send(res, 500, String(err));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

function send(res, code, text) {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// `node scripts/staticServer.mjs DIR [BASE] [PORT]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , root = 'dist', base = '/', port = '4321'] = process.argv;
  const { url } = await serveStatic({ root, base, port: Number(port) });
  console.log(`Serving ${root} at ${url}`);
}
