import { SECURITY_HEADERS } from './csp.js';
import { readRendererFile } from './staticFiles.js';

/** The answer of the app:// protocol: a built renderer file with the CSP and security headers, or 404. */
export async function appProtocolResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  const file = url.host === 'styrdok' ? await readRendererFile(rendererDir, url.pathname) : null;
  if (!file) return new Response('Finns inte', { status: 404, headers: SECURITY_HEADERS });
  return new Response(new Uint8Array(file.body), { headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
}
