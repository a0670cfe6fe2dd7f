export type Messages = { [key: string]: string | Messages };

/**
 * Each feature module may carry its own texts in `modules/<feature>/i18n/{fr,ru,en}.json` (top-level
 * keys named after the feature); they join the app-wide file of their language, so features never edit one file.
 */
export function mergeMessages(base: Messages, moduleFiles: Record<string, Messages>): Messages {
  const merged: Messages = { ...base };
  for (const [file, messages] of Object.entries(moduleFiles)) {
    for (const key of Object.keys(messages)) {
      if (key in merged) throw new Error(`${file}: the text key "${key}" is already defined elsewhere`);
    }
    Object.assign(merged, messages);
  }
  return merged;
}
