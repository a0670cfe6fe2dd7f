/**
 * The encodings contact files come in: UTF-8 with or without a byte order mark (Google, vCard, the
 * product's own export), UTF-16 (Outlook's "Unicode" CSV), Windows-1252 (older French Excel and
 * agency software) and Windows-1251 (older Russian exports). `detectTextEncoding` guesses; the import
 * screen shows the guess and lets the user pick another.
 */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1251'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** UTF-16 without a byte order mark: text of mostly Latin letters has a zero byte in every other place. */
function utf16Without(bytes: Uint8Array): TextEncoding | null {
  const sample = bytes.subarray(0, 2000);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < oddZeros / 10) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < evenZeros / 10) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Windows-1251 or Windows-1252 for bytes that are not UTF-8: both put letters in 0xC0–0xFF, but
 * Russian words are runs of such bytes (`Иванов` is six), while French has an accented letter here and
 * there between plain ones (`Lefèvre`). Most high bytes beside another high byte: Cyrillic.
 */
function singleByteEncoding(bytes: Uint8Array): TextEncoding {
  const high = (byte: number | undefined) => byte !== undefined && (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8);
  let letters = 0;
  let inRuns = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    if (!high(bytes[index])) continue;
    letters += 1;
    if (high(bytes[index - 1]) || high(bytes[index + 1])) inRuns += 1;
  }
  return letters > 0 && inRuns / letters > 0.6 ? 'windows-1251' : 'windows-1252';
}

/** The encoding a file's bytes are most likely in. */
export function detectTextEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const utf16 = utf16Without(bytes);
  if (utf16) return utf16;
  if (isUtf8(bytes)) return 'utf-8';
  return singleByteEncoding(bytes);
}

/** The text of the bytes in that encoding, a byte order mark left out. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(bytes);
}
