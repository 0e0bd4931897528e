import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Resolves a URL path to a file inside the built renderer, refusing anything
 * that would step outside it. Used by the app:// protocol and the harness.
 */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const path = normalize(join(rendererDir, relative));
  if (!path.startsWith(normalize(rendererDir) + sep)) return null;
  try {
    return { body: await readFile(path), type: MIME[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
