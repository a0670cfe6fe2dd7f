import { functionsOrigin, projectId, region } from './emulator-env';

export type CallableResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: number;
      code: string;
      message: string;
      /** The refusal's reason (`details.reason`) when the function declared one. */
      reason?: string;
    };

/**
 * Calls a callable over its HTTP protocol, as the web SDK does, with an optional ID token and extra
 * headers (those a front end adds on the way, such as X-Forwarded-For).
 */
export async function callCallable<T>(
  name: string,
  data: unknown,
  idToken?: string,
  extraHeaders: Record<string, string> = {},
): Promise<CallableResult<T>> {
  const headers: Record<string, string> = { ...extraHeaders, 'content-type': 'application/json' };
  if (idToken) headers.authorization = `Bearer ${idToken}`;
  const response = await fetch(`${functionsOrigin}/${projectId}/${region}/${name}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ data }),
  });
  const payload = (await response.json().catch(() => ({}))) as {
    result?: T;
    error?: { status?: string; message?: string; details?: { reason?: unknown } };
  };
  if (response.ok && 'result' in payload) return { ok: true, data: payload.result as T };
  return {
    ok: false,
    status: response.status,
    code: (payload.error?.status ?? 'UNKNOWN').toLowerCase().replace(/_/g, '-'),
    message: payload.error?.message ?? `HTTP ${response.status}`,
    ...(typeof payload.error?.details?.reason === 'string' ? { reason: payload.error.details.reason } : {}),
  };
}

/** Same as callCallable, but throws with the function's message when it fails. */
export async function mustCall<T>(
  name: string,
  data: unknown,
  idToken?: string,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const result = await callCallable<T>(name, data, idToken, extraHeaders);
  if (!result.ok) throw new Error(`${name} failed: ${result.code}: ${result.message}`);
  return result.data;
}
