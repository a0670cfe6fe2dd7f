import { FUNCTIONS_REGION } from '@estate/domain';
import { onRequest } from 'firebase-functions/v2/https';
import { readUnsubscribeSecret, unsubscribeSecret } from '../lib/config';
import { runtimeDeps } from '../lib/deps';
import { send } from '../lib/http-reply';
import { unsubscribe } from './unsubscribe.handler';

export const unsubscribeHttp = onRequest(
  { region: FUNCTIONS_REGION, secrets: [unsubscribeSecret] },
  async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'POST') {
      response.setHeader('Allow', 'GET, POST');
      send(response, { status: 405, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'GET or POST' });
      return;
    }
    const reply = await unsubscribe(runtimeDeps(), readUnsubscribeSecret(), {
      method: request.method,
      query: request.query as Record<string, unknown>,
      acceptLanguage: request.headers['accept-language'] ?? '',
    });
    send(response, reply);
  },
);
