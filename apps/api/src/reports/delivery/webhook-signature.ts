import { createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export const SIGNATURE_HEADER = 'X-Tradeflow-Signature';

/** `sha256=<hex HMAC-SHA256 of the body>`, as GitHub signs its webhooks. */
export async function signatureOf(body: Readable, secret: string): Promise<string> {
  const hmac = createHmac('sha256', secret);
  for await (const chunk of body) hmac.update(chunk as Buffer);
  return `sha256=${hmac.digest('hex')}`;
}

/** The uncompressed CSV, streamed from its stored gzip bytes. */
export function gunzipped(content: Buffer): Readable {
  return Readable.from([content]).pipe(createGunzip());
}
