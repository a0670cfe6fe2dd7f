// Where the emulator suite listens (firebase.json's `emulators`): the one place both apps read it from.

const HOST = '127.0.0.1';

export const EMULATORS = {
  auth: { url: `http://${HOST}:9099` },
  firestore: { host: HOST, port: 8080 },
  functions: { host: HOST, port: 5001, origin: `http://${HOST}:5001` },
  storage: { host: HOST, port: 9199 },
} as const;

/** The Hosting emulator serves every tenant's apps on these origins, told apart by `?tenant=`. */
export const LOCAL_APP_ORIGINS = {
  admin: import.meta.env.VITE_EMULATOR_ADMIN_ORIGIN ?? 'http://localhost:5000',
  client: import.meta.env.VITE_EMULATOR_CLIENT_ORIGIN ?? 'http://localhost:5005',
};
