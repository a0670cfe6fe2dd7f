import { FUNCTIONS_REGION } from '@estate/domain';
import { onRequest } from 'firebase-functions/v2/https';
import { runtimeDeps } from '../lib/deps';
import { requestHost, send } from '../lib/http-reply';
import { webManifest } from './web-manifest.handler';

export const webManifestHttp = onRequest({ region: FUNCTIONS_REGION }, async (request, response) => {
  const tenantId = typeof request.query.tenant === 'string' ? request.query.tenant : null;
  send(response, await webManifest(runtimeDeps(), { host: requestHost(request.headers), tenantId }));
});
