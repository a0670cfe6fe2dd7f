import { FUNCTIONS_REGION } from '@estate/domain';
import { onRequest } from 'firebase-functions/v2/https';
import { bucketFileStore } from '../files/file-store';
import { runtimeDeps } from '../lib/deps';
import { requestHost, send } from '../lib/http-reply';
import { layoutImage } from './layout-image.handler';

/** `/layouts/**` on both apps' hosts (a Hosting rewrite): the public catalogue's unit layouts. */
export const layoutImageHttp = onRequest({ region: FUNCTIONS_REGION }, async (request, response) => {
  const tenantId = typeof request.query.tenant === 'string' ? request.query.tenant : null;
  send(
    response,
    await layoutImage(
      { ...runtimeDeps(), files: bucketFileStore() },
      { method: request.method, path: request.path, host: requestHost(request.headers), tenantId },
    ),
  );
});
