/** What an HTTP handler answers, so handlers stay free of the request/response objects. */
export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): HttpReply {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/** What `send` needs of the HTTP response the functions framework hands over (an Express response). */
interface ReplyTarget {
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
  send(body: string | Buffer): unknown;
}

export function send(response: ReplyTarget, reply: HttpReply): void {
  response.status(reply.status);
  // Every answer says exactly what it is: a browser must never sniff a logo or a manifest into HTML.
  response.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(reply.headers)) response.setHeader(name, value);
  response.send(reply.body);
}

/** The host the browser asked for: Hosting forwards it in `x-forwarded-host`. */
export function requestHost(headers: Record<string, string | string[] | undefined>): string {
  const raw = headers['x-forwarded-host'] ?? headers.host ?? '';
  const first = Array.isArray(raw) ? (raw[0] ?? '') : raw;
  return first.split(',')[0]?.trim() ?? '';
}
