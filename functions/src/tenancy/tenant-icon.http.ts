import { FUNCTIONS_REGION } from '@estate/domain';
import { onRequest } from 'firebase-functions/v2/https';
import { runtimeDeps } from '../lib/deps';
import { requestHost, send } from '../lib/http-reply';
import { tenantIcon } from './tenant-icon.handler';

export const tenantIconHttp = onRequest({ region: FUNCTIONS_REGION }, async (request, response) => {
  const tenantId = typeof request.query.tenant === 'string' ? request.query.tenant : null;
  send(response, await tenantIcon(runtimeDeps(), { host: requestHost(request.headers), tenantId }));
});
