import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../site/csp.js';

/** Largest request body the room reads; a phone's whole outbox fits many times over. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A request the room refuses, with the HTTP status and a message a person can act on. */
export class RoomRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: unknown[],
  ) {
    super(message);
    this.name = 'RoomRequestError';
  }
}

/**
 * Headers on every response: the site's strict Content-Security-Policy (this host only, no inline
 * script), no framing, no referrer (the room token is in the path), no caching of answers.
 */
export function securityHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-security-policy': `${contentSecurityPolicy('default')}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-resource-policy': 'same-origin',
    ...extra,
  };
}

/** Sends a JSON body with the security headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, securityHeaders({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }));
  res.end(text);
}

/**
 * Reads a JSON object body of at most MAX_BODY_BYTES. Oversized bodies are refused from the
 * Content-Length alone when given, else as soon as the count passes the cap; malformed JSON and
 * anything but an object are refused with a message.
 */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new RoomRequestError(415, 'send the body as application/json');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    throw new RoomRequestError(413, `request body of ${declared} bytes is over the room's limit of ${MAX_BODY_BYTES}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RoomRequestError(413, `request body is over the room's limit of ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new RoomRequestError(400, `request body is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new RoomRequestError(400, 'request body must be a JSON object');
  return value as Record<string, unknown>;
}
