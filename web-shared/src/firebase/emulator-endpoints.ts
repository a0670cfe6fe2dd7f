// Where the emulator suite listens (firebase.json's `emulators`): the one place both apps read it from.
// One checkout runs several suites side by side (npm start, npm test, npm run bench), each on
// firebase.json's ports shifted by a multiple of PORT_SET_STEP; the apps tell theirs from the port the
// Hosting emulator serves them on (admin on 5000 + shift, client on 5005 + shift).

const HOST = '127.0.0.1';
const PORT_SET_STEP = 10_000;
const ADMIN_PORT = 5000;

/** The shift of the suite serving a page on `servedPort` (0 for firebase.json's own ports or no port). */
export function portShift(servedPort: string | number | undefined): number {
  const port = Number(servedPort);
  if (!Number.isInteger(port) || port <= 0) return 0;
  return Math.max(0, Math.round((port - ADMIN_PORT) / PORT_SET_STEP) * PORT_SET_STEP);
}

export function emulatorEndpoints(shift: number) {
  const functionsPort = 5001 + shift;
  return {
    auth: { url: `http://${HOST}:${9099 + shift}` },
    firestore: { host: HOST, port: 8080 + shift },
    functions: { host: HOST, port: functionsPort, origin: `http://${HOST}:${functionsPort}` },
    storage: { host: HOST, port: 9199 + shift },
  } as const;
}

const shift = portShift(globalThis.location?.port);

export const EMULATORS = emulatorEndpoints(shift);

/** The Hosting emulator serves every tenant's apps on these origins, told apart by `?tenant=`. */
export const LOCAL_APP_ORIGINS = {
  admin: import.meta.env.VITE_EMULATOR_ADMIN_ORIGIN ?? `http://localhost:${ADMIN_PORT + shift}`,
  client: import.meta.env.VITE_EMULATOR_CLIENT_ORIGIN ?? `http://localhost:${ADMIN_PORT + 5 + shift}`,
};
