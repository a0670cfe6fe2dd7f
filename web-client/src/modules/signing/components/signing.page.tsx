import {
  checkSigningCodeContract,
  declineSigningContract,
  getSigningDocumentContract,
  openSigningContract,
  sendSigningCodeContract,
  signContract,
  type CallableContract,
  type OpenSigningResult,
} from '@estate/domain';
import { refusalOf } from '@estate/web-shared/callables';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Container,
  Group,
  Modal,
  Paper,
  PinInput,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconCircleCheck,
  IconClockX,
  IconFileOff,
  IconHourglass,
  IconLinkOff,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LanguageLinks } from '../../../app/language-links';
import { call } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { FullPageMessage } from '../../../ui/full-page-message';
import { PageLoader } from '../../../ui/page-loader';
import { TenantLogo } from '../../../ui/tenant-logo';
import { SignatureInput, type SignatureImage } from './signature-input';

type ClosedStep = Exclude<OpenSigningResult['step'], 'open'>;

/** The sentence for a refusal of the signing callables, in the page's language. */
function useErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (contract: CallableContract, error: unknown): string => {
      const refusal = refusalOf(contract, error);
      const reason = refusal?.reason;
      if (reason === 'wrong-code')
        return t('signing.errors.wrong-code', { count: Number(refusal?.details.triesLeft ?? 0) });
      if (reason === 'too-many-requests') {
        const seconds = Number(refusal?.details.retryAfterSeconds ?? 60);
        return t('signing.errors.too-many-requests', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
      }
      if (
        reason === 'too-many-tries' ||
        reason === 'code-expired' ||
        reason === 'no-code' ||
        reason === 'code-not-checked' ||
        reason === 'bad-image'
      ) {
        return t(`signing.errors.${reason}`);
      }
      return t('signing.errors.generic');
    },
    [t],
  );
}

function isClosing(contract: CallableContract, error: unknown): boolean {
  const reason = refusalOf(contract, error)?.reason;
  return reason === 'step-closed' || reason === 'link-invalid';
}

/** The PDF from its base64, as an address the page's frame shows (revoked when the page leaves). */
function usePdfUrl(base64: string | undefined): string | null {
  const url = useMemo(() => {
    if (!base64) return null;
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  }, [base64]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

function Frame({ children }: { children: ReactNode }) {
  const { domain } = useTenant();
  return (
    <Box mih="100dvh" bg="gray.0" pb="xl">
      <Box bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size={760} px="md" py="sm">
          <Group gap="sm" wrap="nowrap">
            <TenantLogo size={34} />
            <Text fw={700} truncate data-testid="tenant-name">
              {domain.name}
            </Text>
          </Group>
        </Container>
      </Box>
      <Container size={760} px="md" pt="md">
        <Stack gap="md">
          {children}
          <LanguageLinks />
        </Stack>
      </Container>
    </Box>
  );
}

const STEP_ICONS: Record<ClosedStep | 'invalid', ReactNode> = {
  signed: <IconCircleCheck size={32} />,
  completed: <IconCircleCheck size={32} />,
  declined: <IconFileOff size={32} />,
  'request-declined': <IconFileOff size={32} />,
  expired: <IconClockX size={32} />,
  cancelled: <IconFileOff size={32} />,
  waiting: <IconHourglass size={32} />,
  invalid: <IconLinkOff size={32} />,
};

function StepMessage({ step, action }: { step: ClosedStep | 'invalid'; action?: ReactNode }) {
  const { t } = useTranslation();
  const good = step === 'signed' || step === 'completed';
  return (
    <div data-testid={`signing-state-${step}`}>
      <FullPageMessage
        icon={STEP_ICONS[step]}
        color={good ? 'teal' : 'gray'}
        title={t(`signing.states.${step}.title`)}
        body={t(`signing.states.${step}.body`)}
        action={action}
      />
    </div>
  );
}

/** The signed copy, for a link whose request is signed. */
function SignedCopy({ token }: { token: string }) {
  const { t } = useTranslation();
  const document = useQuery({
    queryKey: ['signing', token, 'document'],
    queryFn: () => call(getSigningDocumentContract, { token }),
    retry: false,
  });
  const url = usePdfUrl(document.data?.base64);
  if (!url || !document.data) return document.isError ? <Text c="red">{t('signing.documentFailed')}</Text> : null;
  return (
    <Button component="a" href={url} download={document.data.fileName} data-testid="signed-copy">
      {t('signing.download')}
    </Button>
  );
}

function DocumentView({ token, fileName }: { token: string; fileName: string }) {
  const { t } = useTranslation();
  const document = useQuery({
    queryKey: ['signing', token, 'document'],
    queryFn: () => call(getSigningDocumentContract, { token }),
    retry: false,
  });
  const url = usePdfUrl(document.data?.base64);
  if (document.isPending) return <PageLoader />;
  if (!url)
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />}>
        {t('signing.documentFailed')}
      </Alert>
    );
  return (
    <Stack gap={4}>
      <iframe
        src={url}
        title={t('signing.documentFrame')}
        data-testid="signing-document"
        style={{
          width: '100%',
          height: '60dvh',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 8,
          background: '#fff',
        }}
      />
      <Group justify="flex-end">
        <Anchor href={url} target="_blank" rel="noopener" download={fileName} size="sm">
          {t('signing.openPdf')}
        </Anchor>
      </Group>
    </Stack>
  );
}

function CodeStep({ token, session, onChecked }: { token: string; session: OpenSigningResult; onChecked: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState(session.codeExpiresAt !== null);
  const [code, setCode] = useState('');
  const closeOn = (contract: CallableContract, error: unknown) => {
    if (isClosing(contract, error)) void queryClient.invalidateQueries({ queryKey: ['signing', token] });
  };
  const send = useMutation({
    mutationFn: () => call(sendSigningCodeContract, { token }),
    onSuccess: () => setSent(true),
    onError: (error) => closeOn(sendSigningCodeContract, error),
  });
  const check = useMutation({
    mutationFn: (value: string) => call(checkSigningCodeContract, { token, code: value }),
    onSuccess: onChecked,
    onError: (error) => {
      setCode('');
      closeOn(checkSigningCodeContract, error);
    },
  });
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('signing.stepCode')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('signing.codeIntro')}
        </Text>
        {sent && <Text size="sm">{t('signing.codeSent')}</Text>}
        {sent && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (code.length === 6) check.mutate(code);
            }}
          >
            <Stack gap="xs">
              <Text size="sm" fw={500} id="signing-code-label">
                {t('signing.code')}
              </Text>
              <PinInput
                length={6}
                type="number"
                oneTimeCode
                value={code}
                onChange={setCode}
                aria-labelledby="signing-code-label"
                data-testid="signing-code"
                size="md"
              />
              <Group>
                <Button type="submit" disabled={code.length !== 6} loading={check.isPending}>
                  {t('signing.checkCode')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {check.isError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="signing-code-error">
            {errorText(checkSigningCodeContract, check.error)}
          </Alert>
        )}
        {send.isError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />}>
            {errorText(sendSigningCodeContract, send.error)}
          </Alert>
        )}
        <Group>
          <Button variant={sent ? 'default' : 'filled'} onClick={() => send.mutate()} loading={send.isPending}>
            {sent ? t('signing.resendCode') : t('signing.sendCode')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function SignStep({ token, session }: { token: string; session: OpenSigningResult }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [image, setImage] = useState<SignatureImage | null>(null);
  const [consent, setConsent] = useState(false);
  const [tried, setTried] = useState(false);
  const sign = useMutation({
    mutationFn: (signature: SignatureImage) =>
      call(signContract, { token, method: signature.method, image: signature.base64, consent: true }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['signing', token] }),
  });
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('signing.stepSign')}
        </Title>
        <Text size="sm" c="teal">
          {t('signing.codeOk')}
        </Text>
        <SignatureInput defaultName={session.signerName} onChange={setImage} />
        <Checkbox
          checked={consent}
          onChange={(event) => setConsent(event.currentTarget.checked)}
          label={t('signing.consent')}
          data-testid="signing-consent"
        />
        {tried && !image && (
          <Text c="red" size="sm">
            {t('signing.emptySignature')}
          </Text>
        )}
        {sign.isError && !isClosing(signContract, sign.error) && (
          <Alert color="red" icon={<IconAlertCircle size={18} />}>
            {errorText(signContract, sign.error)}
          </Alert>
        )}
        <Button
          size="md"
          disabled={!consent}
          loading={sign.isPending}
          onClick={() => {
            setTried(true);
            if (image) sign.mutate(image);
          }}
        >
          {t('signing.sign')}
        </Button>
      </Stack>
    </Paper>
  );
}

function DeclineButton({ token }: { token: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const decline = useMutation({
    mutationFn: () => call(declineSigningContract, { token, reason: reason.trim() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['signing', token] }),
  });
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpened(true)}>
        {t('signing.decline')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('signing.declineTitle')} centered>
        <Stack gap="sm">
          <Textarea
            label={t('signing.declineReason')}
            description={t('signing.declineHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={3}
            data-autofocus
          />
          {decline.isError && <Alert color="red">{errorText(declineSigningContract, decline.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" disabled={!reason.trim()} loading={decline.isPending} onClick={() => decline.mutate()}>
              {t('signing.declineConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * `/sign/<token>`: the signer reads the PDF, confirms their address with a mailed code, draws or types
 * their signature and signs, or declines with a reason. No account: the link's token is the key, and
 * every call sends it. The page speaks the request's language (the signer may switch).
 */
export function SigningPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const session = useQuery({
    queryKey: ['signing', token],
    queryFn: () => call(openSigningContract, { token }),
    retry: false,
    staleTime: 0,
  });
  const locale = session.data?.locale;
  useEffect(() => {
    if (locale) void i18n.changeLanguage(locale);
  }, [locale, i18n]);

  if (session.isPending) return <PageLoader fullHeight />;
  if (session.isError) {
    const invalid = refusalOf(openSigningContract, session.error)?.reason === 'link-invalid';
    return (
      <Frame>
        {invalid ? (
          <StepMessage step="invalid" />
        ) : (
          <FullPageMessage
            icon={<IconAlertCircle size={32} />}
            title={t('signing.title')}
            body={t('signing.errors.generic')}
            action={<Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>}
          />
        )}
      </Frame>
    );
  }
  const data = session.data;
  if (data.step !== 'open') {
    return (
      <Frame>
        <StepMessage step={data.step} action={data.step === 'completed' ? <SignedCopy token={token} /> : undefined} />
      </Frame>
    );
  }
  const expires = new Date(data.expiresAt).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  return (
    <Frame>
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {t('signing.documentFrom', { agency: data.agency })}
        </Text>
        <Title order={1} size="h3" data-testid="signing-title">
          {data.title}
        </Title>
        <Text size="sm">{t('signing.signerAs', { name: data.signerName })}</Text>
        <Text size="xs" c="dimmed">
          {t('signing.expiresOn', { date: expires })}
        </Text>
      </Stack>
      <DocumentView token={token} fileName={data.fileName} />
      {data.codeChecked ? (
        <SignStep token={token} session={data} />
      ) : (
        <CodeStep
          token={token}
          session={data}
          onChecked={() => void queryClient.invalidateQueries({ queryKey: ['signing', token], exact: true })}
        />
      )}
      <Group justify="center">
        <DeclineButton token={token} />
      </Group>
    </Frame>
  );
}
