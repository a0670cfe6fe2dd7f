/** Where a search token matched in a displayed text: `[start, end)` in the text, or null. */
export type MatchRange = readonly [number, number];

interface Folded {
  text: string;
  /** For each character of `text`, the index of the character of the original it comes from. */
  origin: number[];
}

/**
 * The displayed text folded character by character as normaliseForSearch folds it (accents, ё, case,
 * separators to one space), remembering where each folded character came from. In an email, what
 * follows the @ is kept as typed, as the stored email tokens do.
 */
function fold(text: string): Folded {
  const folded: Folded = { text: '', origin: [] };
  let inDomain = false;
  for (let index = 0; index < text.length; index += 1) {
    const raw = text[index] as string;
    if (raw === '@') inDomain = true;
    let char = raw.toLowerCase().replace('ё', 'е');
    if (!inDomain) {
      char = char
        .normalize('NFD')
        .replace(/([a-z])\p{M}+/gu, '$1')
        .normalize('NFC');
      if (!/^[\p{L}\p{N}]$/u.test(char)) char = ' ';
    }
    if (char === ' ' && (folded.text === '' || folded.text.endsWith(' '))) continue;
    for (const part of char) {
      folded.text += part;
      folded.origin.push(index);
    }
  }
  return folded;
}

/** The range of `text` a name or email token matches, at the start of a word. */
export function textMatchRange(text: string, token: string): MatchRange | null {
  const folded = fold(text);
  let from = folded.text.indexOf(token);
  while (from >= 0) {
    if (from === 0 || folded.text[from - 1] === ' ') {
      const start = folded.origin[from] as number;
      const end = (folded.origin[from + token.length - 1] as number) + 1;
      return [start, end];
    }
    from = folded.text.indexOf(token, from + 1);
  }
  return null;
}

/** The range of a phone number its digit token matches, separators in between included. */
export function phoneMatchRange(phone: string, token: string): MatchRange | null {
  if (!/^\d+$/.test(token)) return null;
  const origin: number[] = [];
  let digits = '';
  for (let index = 0; index < phone.length; index += 1) {
    const char = phone[index] as string;
    if (/\d/.test(char)) {
      digits += char;
      origin.push(index);
    }
  }
  const from = digits.indexOf(token);
  if (from < 0) return null;
  return [origin[from] as number, (origin[from + token.length - 1] as number) + 1];
}
