import type { ImportReport } from '@tradeflow/domain';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IMPORT_USAGE, type ImportArgs, parseImportArgs, UsageError } from './import-args';
import { ProgressBar } from './progress-bar';

/** `npm run import -- FILE ...`: streams a shipment CSV to the API and prints the import report. */
async function main(argv: readonly string[]): Promise<number> {
  let args: ImportArgs;
  try {
    args = parseImportArgs(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${IMPORT_USAGE}\n`);
    return 2;
  }
  const size = (await stat(args.file)).size;
  const { status, body } = await upload(args, size);
  if (args.json) process.stdout.write(`${body}\n`);
  else process.stdout.write(describe(status, body));
  const report = parseJson(body) as Partial<ImportReport> | undefined;
  return status === 200 && (report?.rejectedCount ?? 0) === 0 ? 0 : 1;
}

async function upload(args: ImportArgs, size: number): Promise<{ status: number; body: string }> {
  const url = new URL('/api/shipments/import', args.url);
  url.searchParams.set('mode', args.mode);
  url.searchParams.set('onConflict', args.onConflict);
  if (args.dryRun) url.searchParams.set('dryRun', 'true');
  const progress = new ProgressBar(size);
  let sentBytes = 0;
  let sentLines = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sentBytes += chunk.length;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) sentLines++;
      progress.update(sentBytes, sentLines);
      callback(null, chunk);
    },
  });
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const request = send(url, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv',
      'content-length': size,
      ...(args.token ? { authorization: `Bearer ${args.token}` } : {}),
    },
  });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', resolve);
    request.on('error', reject);
  });
  // The server may answer (413, 400 on a bad header) before the whole file is sent.
  const sending = pipeline(createReadStream(args.file), counter, request).catch(() => undefined);
  const response = await answered;
  const body = await readAll(response);
  await sending;
  progress.update(sentBytes, sentLines, true);
  progress.finish(`sent ${sentBytes.toLocaleString('en-US')} bytes; server answered ${response.statusCode}`);
  return { status: response.statusCode ?? 0, body };
}

async function readAll(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describe(status: number, body: string): string {
  const answer = parseJson(body) as (Partial<ImportReport> & { message?: string }) | undefined;
  if (!answer) return `HTTP ${status}: ${body}\n`;
  const lines: string[] = [];
  if (answer.dryRun) lines.push('dry run: nothing was written; a real import would give');
  if (answer.inserted !== undefined) {
    lines.push(
      `inserted ${answer.inserted}, updated ${answer.updated}, skipped ${answer.skipped}, rejected ${answer.rejectedCount}`,
    );
  }
  if (status !== 200 && answer.message) lines.push(`HTTP ${status}: ${answer.message}`);
  for (const rejected of answer.rejected ?? []) {
    const errors = rejected.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    lines.push(`  line ${rejected.line}${rejected.reference ? ` (${rejected.reference})` : ''}: ${errors}`);
  }
  if ((answer.rejectedCount ?? 0) > (answer.rejected?.length ?? 0)) {
    lines.push(
      `  ... and ${(answer.rejectedCount ?? 0) - (answer.rejected?.length ?? 0)} more rejected lines`,
    );
  }
  return `${lines.join('\n')}\n`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
