/**
 * Whether a web build talks to the local emulator suite (and honours the `?tenant=` override).
 * `VITE_USE_EMULATORS` decides when set; otherwise only a `demo-` project (which exists nowhere but
 * in the emulators) does, so a build for a real project never points at 127.0.0.1 by omission.
 */
export function usesEmulatorsFor(projectId: string, flag: string | undefined): boolean {
  if (flag === 'true') return true;
  if (flag === 'false') return false;
  return projectId.startsWith('demo-');
}
