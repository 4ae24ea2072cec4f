import { BadRequestException, HttpException, UnsupportedMediaTypeException } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { ByteLimit, tooLarge } from './byte-limit';

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];
// Boundaries and part headers around the file in a multipart body.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Nobody reads the answer; a 4xx keeps it out of the error log. */
export class ClientAbortedError extends HttpException {
  constructor() {
    super('The client closed the connection before the upload was complete', 400);
  }
}

/**
 * The bytes of the uploaded CSV as a stream, without buffering: the raw body for text/csv, or the
 * part named `file` of a multipart/form-data body (parsed with busboy). Fails with 413 past
 * `maxBytes` (up front from Content-Length when present, else while counting), 415 for any other
 * content type, and with ClientAbortedError when the client goes away mid-upload.
 */
export function openCsvUpload(request: Request, maxBytes: number): Readable {
  const declared = Number(request.headers['content-length']);
  // Not request.is(): it answers null for an empty body, and an empty file deserves its own message.
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const isMultipart = mediaType === 'multipart/form-data';
  if (!isMultipart && !CSV_TYPES.includes(mediaType)) {
    throw new UnsupportedMediaTypeException(
      `Content-Type must be text/csv (the file as the body) or multipart/form-data with the file in a field named "file", got ${request.headers['content-type'] ?? 'none'}`,
    );
  }
  if (Number.isFinite(declared) && declared > maxBytes + (isMultipart ? MULTIPART_OVERHEAD_BYTES : 0)) {
    throw tooLarge(maxBytes);
  }

  const csv = new ByteLimit(maxBytes);
  // The first failure wins. The importer's pipeline picks the error up from `csv.errored` even when
  // it fails before the pipeline is attached; until then this listener keeps it from being unhandled.
  csv.on('error', () => undefined);
  const fail = (error: Error) => {
    if (!csv.destroyed) csv.destroy(error);
  };
  request.on('close', () => {
    if (!request.complete) fail(new ClientAbortedError());
  });
  if (!isMultipart) {
    request.pipe(csv);
    return csv;
  }

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 21 },
    });
  } catch (error) {
    throw new BadRequestException(`Malformed multipart body: ${(error as Error).message}`);
  }
  let sawFile = false;
  parser.on('file', (field, file) => {
    if (field !== 'file' || sawFile) {
      file.resume();
      fail(
        new BadRequestException(
          `The multipart body must carry one CSV file, in a field named "file" (got "${field}")`,
        ),
      );
      return;
    }
    sawFile = true;
    file.on('limit', () => fail(tooLarge(maxBytes)));
    file.pipe(csv);
  });
  parser.on('error', (error: Error) =>
    fail(new BadRequestException(`Malformed multipart body: ${error.message}`)),
  );
  parser.on('close', () => {
    if (!sawFile)
      fail(new BadRequestException('The multipart body has no file: send the CSV in a field named "file"'));
  });
  request.pipe(parser);
  return csv;
}
