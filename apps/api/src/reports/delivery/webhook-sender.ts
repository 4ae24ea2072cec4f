import { Inject, Injectable } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { WebhookAddressPolicy, WebhookAddressRefused } from './webhook-address-policy';
import { SIGNATURE_HEADER, signatureOf } from './webhook-signature';

export interface WebhookPost {
  url: string;
  secret: string;
  /** Opens the body afresh (it is read twice: once to sign it, once to send it). */
  body: () => Readable;
  length: number;
  headers: Record<string, string>;
}

/**
 * POSTs a body signed with HMAC-SHA256 (X-Tradeflow-Signature) to an address the
 * WebhookAddressPolicy allows, checked again on the addresses the connection resolves; used by
 * report files and alert messages alike. Answers the HTTP status; a refused address throws
 * WebhookAddressRefused (not worth a retry), a network error or timeout throws an Error.
 */
@Injectable()
export class WebhookSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly addresses: WebhookAddressPolicy,
  ) {}

  async post({ url: address, secret, body, length, headers }: WebhookPost): Promise<number> {
    const signature = await signatureOf(body(), secret);
    const url = new URL(address);
    const refused = this.addresses.problemWith(url.href);
    if (refused) throw new WebhookAddressRefused(`webhookUrl ${refused}`);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const timeout = this.config.reports.webhookTimeoutMs;
    return new Promise<number>((resolve, reject) => {
      const request = send(url, {
        method: 'POST',
        lookup: this.addresses.lookupFor(url.href),
        timeout,
        headers: {
          ...headers,
          'Content-Length': String(length),
          [SIGNATURE_HEADER]: signature,
          'User-Agent': 'tradeflow-webhook/1',
        },
      });
      request.on('timeout', () => request.destroy(new Error(`no answer within ${timeout} ms`)));
      request.on('error', reject);
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      pipeline(body(), request).catch(reject);
    });
  }
}
