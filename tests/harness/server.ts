import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { dispatch } from '../../core/api.js';
import { startBackend } from '../../electron/backend.js';
import { SECURITY_HEADERS } from '../../electron/csp.js';
import { readRendererFile } from '../../electron/staticFiles.js';

/**
 * The browser harness: serves the built renderer on 127.0.0.1 and routes
 * POST /api/<method> to the same service functions the Electron IPC handlers
 * call, with a real SQLite file. Used by `npm run web`, the browser tests and the bench.
 */
export interface Harness {
  url: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  appRoot: string;
  dataDir: string;
  port?: number;
}

const MAX_BODY_BYTES = 80 * 1024 * 1024;

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const backend = startBackend(options.appRoot, options.dataDir);
  const rendererDir = join(options.appRoot, 'dist', 'renderer');
  let origin = '';

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: string | Buffer, type: string) => {
      res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    // Only this origin may call: a page on another site (or a rebinding DNS name) gets nothing.
    if (req.headers.host !== new URL(origin).host) return send(403, 'Förbjudet', 'text/plain; charset=utf-8');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST' || (req.headers.origin && req.headers.origin !== origin)) {
        return send(403, JSON.stringify({ ok: false, error: 'Förbjudet anrop.' }), 'application/json');
      }
      let payload: unknown;
      try {
        payload = JSON.parse((await readBody(req)).toString('utf8'));
      } catch {
        return send(400, JSON.stringify({ ok: false, error: 'Anropet kunde inte läsas.' }), 'application/json');
      }
      const answer = await dispatch(backend.services, url.pathname.slice('/api/'.length), payload);
      return send(200, JSON.stringify(answer), 'application/json; charset=utf-8');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Metoden stöds inte', 'text/plain; charset=utf-8');
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file) return send(404, 'Finns inte', 'text/plain; charset=utf-8');
    return send(200, file.body, file.type);
  });

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          backend.close();
          ok();
        });
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        fail(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

/** `npm run web`: STYRDOK_DATA_DIR and STYRDOK_PORT choose the data folder and port. */
export async function main(appRoot: string): Promise<void> {
  const dataDir = resolve(process.env.STYRDOK_DATA_DIR ?? join(appRoot, '.styrdok-data'));
  const harness = await startHarness({ appRoot, dataDir, port: Number(process.env.STYRDOK_PORT ?? 5178) });
  console.log(`Styrdok körs på ${harness.url} (data i ${dataDir}). Avsluta med Ctrl+C.`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
