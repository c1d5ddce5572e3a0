// A static file server on 127.0.0.1 for tests that need a real download (grype's database
// listing and archive). GET and HEAD only; paths outside the root are 404.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';

export interface ServedFolder {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  /** "GET /path" for every request, in order, so a test can tell what a client fetched. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveFolder(root: string): Promise<ServedFolder> {
  const base = resolve(root);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(`${req.method} ${pathname}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file: string;
    try {
      file = join(base, decodeURIComponent(pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const rel = relative(base, file);
    if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) {
      res.writeHead(404).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'Content-Length': info.size, 'Content-Type': 'application/octet-stream' });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        createReadStream(file)
          .on('error', () => res.destroy())
          .pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  // A folder served for a whole test file must not keep its worker alive after the last test.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
