/** Region every function is deployed to; the web apps call callables there. */
export const FUNCTIONS_REGION = 'europe-west1';
