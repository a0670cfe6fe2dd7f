// What the session needs of Firebase Auth, loaded apart from the first chunk (see index.ts).
export { onIdTokenChanged, signOut } from 'firebase/auth';
export { clientAuth } from '../../lib/firebase/firebase-auth';
