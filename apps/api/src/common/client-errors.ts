import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
};

/**
 * Requests that Node's HTTP parser refuses before Express sees them (a URL or headers over 16 KB,
 * a malformed request line) get the same JSON error body as every other refusal, instead of Node's
 * bare status line. Mirrors Node's default status choice.
 */
export function answerClientErrorsWithJson(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? 413
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? 408
            : 400;
    const message =
      status === 431
        ? 'The request line or headers are larger than the server accepts (16 KB); send fewer or shorter parameters'
        : status === 408
          ? 'The request took too long to arrive'
          : 'The request could not be parsed as HTTP';
    const body = JSON.stringify({ statusCode: status, error: STATUS_TEXT[status], message });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
