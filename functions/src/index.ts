import { onRequest } from 'firebase-functions/v2/https';

export const health = onRequest({ region: 'europe-west1' }, (_request, response) => {
  response.json({ ok: true });
});
