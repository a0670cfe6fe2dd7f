import { z } from 'zod';

export const LOCALES = ['fr', 'ru', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;
export const DEFAULT_LOCALE: Locale = 'fr';

export function pickLocale(candidate: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  const short = (candidate ?? '').slice(0, 2).toLowerCase();
  const parsed = localeSchema.safeParse(short);
  return parsed.success ? parsed.data : fallback;
}
