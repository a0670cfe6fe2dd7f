import { FUNCTIONS_REGION } from '@estate/domain';
import { onRequest } from 'firebase-functions/v2/https';
import { pipeline } from 'node:stream/promises';
import { runtimeDeps } from '../lib/deps';
import { jsonReply, send } from '../lib/http-reply';
import { downloadFile } from './download-file.handler';
import { bucketFileStore } from './file-store';
import { filesLog } from './files.log';

/**
 * `/files/**` on both apps' hosts (a Hosting rewrite), so the apps fetch files same-origin with the
 * user's ID token. No CORS: no other origin may read a file with a token it got hold of.
 */
export const downloadFileHttp = onRequest({ region: FUNCTIONS_REGION, cors: false }, async (request, response) => {
  try {
    const reply = await downloadFile(
      { ...runtimeDeps(), files: bucketFileStore() },
      {
        method: request.method,
        path: request.path,
        authorization: request.headers.authorization ?? '',
        inline: request.query.inline === '1',
      },
    );
    if (!('open' in reply)) {
      send(response, reply);
      return;
    }
    response.status(reply.status);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    for (const [name, value] of Object.entries(reply.headers)) response.setHeader(name, value);
    await pipeline(reply.open(), response);
  } catch (error) {
    filesLog.downloadFailed(error);
    if (response.headersSent) response.destroy();
    else
      send(
        response,
        jsonReply(
          500,
          { error: 'The file could not be read; try again.', reason: 'internal' },
          { 'Cache-Control': 'no-store' },
        ),
      );
  }
});
