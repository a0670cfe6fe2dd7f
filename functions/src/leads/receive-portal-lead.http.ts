import { FUNCTIONS_REGION } from '@estate/domain';
import { onRequest } from 'firebase-functions/v2/https';
import { runtimeDeps } from '../lib/deps';
import { send } from '../lib/http-reply';
import { receivePortalLead } from './receive-portal-lead.handler';

/** Portals are servers, not browsers: no CORS, so a web page cannot post leads with a stolen secret. */
export const receivePortalLeadHttp = onRequest({ region: FUNCTIONS_REGION, cors: false }, async (request, response) => {
  const reply = await receivePortalLead(runtimeDeps(), {
    method: request.method,
    path: request.path,
    query: request.query as Record<string, unknown>,
    authorization: request.headers.authorization ?? '',
    body: request.body as unknown,
  });
  send(response, reply);
});
