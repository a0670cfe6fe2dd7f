import { logLine } from '../lib/log';

/** The log lines of matching. */
export const matchingLog = {
  unreadable: (path: string) => logLine.warn('matching projection does not match its schema: skipped', { path }),
};
