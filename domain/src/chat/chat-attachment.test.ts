import { describe, expect, it } from 'vitest';
import { AttachmentRefused, checkChatAttachment } from './chat-attachment';
import { CHAT_ATTACHMENT_MAX_BYTES } from './chat.schema';

const PDF_HEAD = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');

function file(parts: Array<string | Uint8Array>, name: string, type: string): Blob & { name: string } {
  return Object.assign(new Blob(parts, { type }), { name });
}

async function refusal(candidate: Blob & { name: string }) {
  try {
    await checkChatAttachment(candidate);
    return null;
  } catch (error) {
    return error instanceof AttachmentRefused ? error.reason : error;
  }
}

describe('checkChatAttachment', () => {
  it('accepts a PDF that is one, with its name trimmed', async () => {
    await expect(checkChatAttachment(file([PDF_HEAD], '  Offre.pdf ', 'application/pdf'))).resolves.toEqual({
      contentType: 'application/pdf',
      name: 'Offre.pdf',
    });
  });

  it('refuses a type outside the list, an empty or too large file, and a file that lies about its type', async () => {
    expect(await refusal(file([PDF_HEAD], 'script.js', 'text/javascript'))).toBe('type');
    expect(await refusal(file([], 'vide.pdf', 'application/pdf'))).toBe('size');
    expect(
      await refusal(file([PDF_HEAD, new Uint8Array(CHAT_ATTACHMENT_MAX_BYTES)], 'gros.pdf', 'application/pdf')),
    ).toBe('size');
    expect(await refusal(file(['MZ this is an executable'], 'faux.pdf', 'application/pdf'))).toBe('content');
  });
});
