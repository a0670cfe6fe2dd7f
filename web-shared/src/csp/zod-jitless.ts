import { config } from 'zod';

// Imported first by each app's main.tsx: zod decides whether to compile its parsers when each schema is
// built, by trying `new Function`, which the Content-Security-Policy forbids and reports as a violation.
// Parsing without the compiled fast path is what a page under that policy needs.
config({ jitless: true });
