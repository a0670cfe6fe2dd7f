import { firebaseConfig } from '@estate/web-shared/firebase-config';
import { initializeApp, type FirebaseApp } from 'firebase/app';

let app: FirebaseApp | undefined;

export function firebaseApp(): FirebaseApp {
  app ??= initializeApp(firebaseConfig);
  return app;
}
