import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import SignaturePad from 'signature_pad';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What the signer gave: a PNG (base64, without the data URL prefix) and how it was made. */
export interface SignatureImage {
  method: 'drawn' | 'typed';
  base64: string;
}

const PAD_HEIGHT = 180;

function base64Of(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/** The typed name drawn in a handwriting-like font on a canvas, as a PNG. */
function renderTyped(name: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 160;
  const context = canvas.getContext('2d');
  if (!context) return '';
  context.fillStyle = '#1a1a2e';
  context.textBaseline = 'middle';
  let size = 64;
  do {
    context.font = `italic ${size}px "Segoe Script", "Brush Script MT", "Snell Roundhand", cursive`;
    size -= 4;
  } while (context.measureText(name).width > 570 && size > 16);
  context.fillText(name, 15, 80);
  return base64Of(canvas.toDataURL('image/png'));
}

/**
 * Draw (signature_pad, finger or mouse) or type the signature. Reports the PNG on every change, or
 * null while there is nothing to sign with.
 */
export function SignatureInput(props: { defaultName: string; onChange: (image: SignatureImage | null) => void }) {
  const { t } = useTranslation();
  const { onChange } = props;
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn');
  const [typed, setTyped] = useState(props.defaultName);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (method !== 'drawn' || !canvas) return undefined;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = PAD_HEIGHT * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: '#1a1a2e' });
    padRef.current = pad;
    const report = () =>
      onChange(pad.isEmpty() ? null : { method: 'drawn', base64: base64Of(pad.toDataURL('image/png')) });
    pad.addEventListener('endStroke', report);
    onChange(null);
    return () => {
      pad.removeEventListener('endStroke', report);
      pad.off();
      padRef.current = null;
    };
  }, [method, onChange]);

  useEffect(() => {
    if (method !== 'typed') return;
    const name = typed.trim();
    onChange(name ? { method: 'typed', base64: renderTyped(name) } : null);
  }, [method, typed, onChange]);

  return (
    <Stack gap="xs">
      <SegmentedControl
        value={method}
        onChange={(value) => setMethod(value as 'drawn' | 'typed')}
        data={[
          { value: 'drawn', label: t('signing.draw') },
          { value: 'typed', label: t('signing.type') },
        ]}
      />
      {method === 'drawn' ? (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('signing.drawHint')}
          </Text>
          <canvas
            ref={canvasRef}
            aria-label={t('signing.pad')}
            data-testid="signature-pad"
            style={{
              width: '100%',
              height: PAD_HEIGHT,
              border: '1px dashed var(--mantine-color-gray-5)',
              borderRadius: 8,
              background: '#fff',
              touchAction: 'none',
            }}
          />
          <Group justify="flex-end">
            <Button
              variant="subtle"
              size="xs"
              onClick={() => {
                padRef.current?.clear();
                onChange(null);
              }}
            >
              {t('signing.clear')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap={4}>
          <TextInput
            label={t('signing.typedName')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            maxLength={80}
          />
          {typed.trim() && (
            <Text
              aria-hidden
              style={{
                fontFamily: '"Segoe Script", "Brush Script MT", "Snell Roundhand", cursive',
                fontStyle: 'italic',
                fontSize: 32,
              }}
              truncate
            >
              {typed.trim()}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
