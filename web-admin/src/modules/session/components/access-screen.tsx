import { requestAccessContract } from '@estate/domain';

import { Alert, Button, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconBan,
  IconClockHour4,
  IconExternalLink,
  IconLock,
  IconMailForward,
  IconUserQuestion,
} from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { call } from '../../../lib/firebase/callables';
import { useTenantContext } from '../../../tenant/tenant.context';
import { useOptionalTenant } from '../../../tenant/use-optional-tenant';
import { describeError } from '../../../ui/auth-error';
import { LoadingScreen } from '../../../ui/loading-screen';
import { PublicFrame } from '../../auth';
import type { Access } from '../session-access';
import { clientAppUrl } from '../client-app-url';
import { useSession } from '../session.context';

function SignOutButton() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  return (
    <Button variant="default" onClick={() => void signOut()}>
      {t('account.signOut')}
    </Button>
  );
}

function StateCard({
  icon,
  color,
  title,
  text,
  testId,
  actions,
}: {
  icon: ReactNode;
  color: string;
  title: string;
  text: string;
  testId: string;
  actions?: ReactNode;
}) {
  return (
    <PublicFrame title={title}>
      <Stack gap="md" data-testid={testId}>
        <Group wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="xl" variant="light" color={color}>
            {icon}
          </ThemeIcon>
          <Text>{text}</Text>
        </Group>
        <Group justify="flex-end">{actions ?? <SignOutButton />}</Group>
      </Stack>
    </PublicFrame>
  );
}

function OpenClientApp() {
  const { t } = useTranslation();
  const { claims } = useSession();
  const { override } = useTenantContext();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!claims) return undefined;
    let cancelled = false;
    void clientAppUrl(claims.tenantId, override).then((found) => !cancelled && setUrl(found));
    return () => {
      cancelled = true;
    };
  }, [claims, override]);
  return (
    <Stack gap="xs" w="100%">
      {url ? (
        <Button component="a" href={url} fullWidth rightSection={<IconExternalLink size={16} />}>
          {t('access.openClientApp')}
        </Button>
      ) : null}
      <SignOutButton />
    </Stack>
  );
}

function RequestAccessAgain() {
  const { t } = useTranslation();
  const { user } = useSession();
  const tenant = useOptionalTenant();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!tenant || !user) return null;
  const request = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(requestAccessContract, {
        tenantId: tenant.tenantId,
        displayName: user.displayName ?? user.email ?? '—',
        locale: currentLocale(),
      });
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" align="flex-end">
      {error ? <Alert color="red">{error}</Alert> : null}
      <Group>
        <SignOutButton />
        <Button loading={busy} onClick={() => void request()}>
          {t('access.requestAccess')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The request waits for the requester's address to be verified. "Send again" asks again (the
 * functions mail a fresh link, within the access request quotas); "I have confirmed" reloads the
 * account and, once verified, sends the request, whose member document then shows the pending screen.
 */
function VerifyEmailActions() {
  const { t } = useTranslation();
  const { user, refreshClaims } = useSession();
  const tenant = useOptionalTenant();
  const [busy, setBusy] = useState<'resend' | 'check' | null>(null);
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  if (!tenant || !user) return null;
  const ask = () =>
    call(requestAccessContract, {
      tenantId: tenant.tenantId,
      displayName: user.displayName ?? user.email ?? '—',
      locale: currentLocale(),
    });
  const run = async (kind: 'resend' | 'check') => {
    setBusy(kind);
    setNotice(null);
    try {
      if (kind === 'resend') {
        await ask();
        setNotice({ color: 'green', text: t('access.verificationResent', { email: user.email ?? '' }) });
        return;
      }
      await user.reload();
      if (!user.emailVerified) {
        setNotice({ color: 'orange', text: t('access.notVerifiedYet') });
        return;
      }
      await ask();
      await refreshClaims();
    } catch (caught) {
      setNotice({ color: 'red', text: describeError(t, caught) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="xs" w="100%">
      {notice ? (
        <Alert color={notice.color} role={notice.color === 'green' ? 'status' : 'alert'} data-testid="verify-notice">
          {notice.text}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <SignOutButton />
        <Button variant="light" loading={busy === 'resend'} disabled={busy !== null} onClick={() => void run('resend')}>
          {t('access.resendVerification')}
        </Button>
        <Button loading={busy === 'check'} disabled={busy !== null} onClick={() => void run('check')}>
          {t('access.checkVerification')}
        </Button>
      </Group>
    </Stack>
  );
}

function UnverifiedScreen({ agency }: { agency: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <StateCard
      testId="unverified-screen"
      icon={<IconMailForward size={24} />}
      color="brand"
      title={t('access.unverifiedTitle')}
      text={t('access.unverifiedText', { agency, email: user?.email ?? '' })}
      actions={<VerifyEmailActions />}
    />
  );
}

/** What a signed-in person who cannot (yet) use the app sees instead of it. */
export function AccessScreen({ access }: { access: Access }) {
  const { t } = useTranslation();
  const tenant = useOptionalTenant();
  const agency = tenant?.name ?? '';
  switch (access.kind) {
    case 'pending':
      return (
        <StateCard
          testId="pending-screen"
          icon={<IconClockHour4 size={24} />}
          color="brand"
          title={t('access.pendingTitle')}
          text={t('access.pendingText', { agency })}
        />
      );
    case 'rejected':
      return (
        <StateCard
          testId="rejected-screen"
          icon={<IconBan size={24} />}
          color="red"
          title={t('access.rejectedTitle')}
          text={t('access.rejectedText', { agency })}
        />
      );
    case 'deactivated':
      return (
        <StateCard
          testId="deactivated-screen"
          icon={<IconLock size={24} />}
          color="red"
          title={t('access.deactivatedTitle')}
          text={t('access.deactivatedText')}
        />
      );
    case 'client':
      return (
        <StateCard
          testId="client-screen"
          icon={<IconUserQuestion size={24} />}
          color="orange"
          title={t('access.clientTitle')}
          text={t('access.clientText')}
          actions={<OpenClientApp />}
        />
      );
    case 'other-tenant':
      return (
        <StateCard
          testId="other-tenant-screen"
          icon={<IconUserQuestion size={24} />}
          color="orange"
          title={t('access.otherTenantTitle')}
          text={t('access.otherTenantText', { agency })}
        />
      );
    case 'no-access':
      return (
        <StateCard
          testId="no-access-screen"
          icon={<IconUserQuestion size={24} />}
          color="orange"
          title={t('access.noAccessTitle')}
          text={t('access.noAccessText', { agency })}
          actions={<RequestAccessAgain />}
        />
      );
    case 'unverified':
      return <UnverifiedScreen agency={agency} />;
    case 'entering':
      return (
        <PublicFrame title={t('access.enteringTitle')}>
          <Group data-testid="entering-screen">
            <Loader size="sm" />
            <Text>{t('access.enteringText')}</Text>
          </Group>
        </PublicFrame>
      );
    case 'loading':
    case 'revoked':
    case 'signed-out':
    case 'active':
      return <LoadingScreen />;
  }
}
