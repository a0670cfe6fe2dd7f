import { FUNCTIONS_REGION } from '@estate/domain';
import type { FirebaseApp } from 'firebase/app';
import type { Functions } from 'firebase/functions';
import { EMULATORS } from './emulator-endpoints';
import { usesEmulators } from './firebase-config';

/** The Functions SDK, loaded with the first call to a function: no first screen makes one. */
export function lazyFunctions(app: () => FirebaseApp): () => Promise<Functions> {
  let functions: Promise<Functions> | undefined;
  return () => {
    functions ??= import('firebase/functions').then(({ connectFunctionsEmulator, getFunctions }) => {
      const instance = getFunctions(app(), FUNCTIONS_REGION);
      if (usesEmulators) connectFunctionsEmulator(instance, EMULATORS.functions.host, EMULATORS.functions.port);
      return instance;
    });
    return functions;
  };
}
