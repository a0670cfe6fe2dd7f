import { requestAccessContract } from '@estate/domain';
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { applyActionCode, checkActionCode } from 'firebase/auth';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { call } from '../../../lib/firebase/callables';
import { auth } from '../../../lib/firebase/firebase-core';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { useSession } from '../../session';
import { PublicFrame } from './public-frame';

type VerifyState =
  | { status: 'working' }
  /** Verified, but this tab is not signed in as that account: signing in finishes the request. */
  | { status: 'verified' }
  | { status: 'invalid' }
  | { status: 'failed'; message: string };

/**
 * `/verify?oobCode=…`: the link of the verification mail (team-requestAccess). Confirms the address
 * with Firebase and, when this tab is signed in as that account, sends the access request at once,
 * so the agency sees it now; the pending screen follows.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const navigate = useNavigate();
  const { refreshClaims } = useSession();
  const [params] = useSearchParams();
  const code = params.get('oobCode');
  const [state, setState] = useState<VerifyState>({ status: 'working' });
  // A one-time code: applied once even if the effect runs twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const verify = async (): Promise<VerifyState | null> => {
      if (!code) return { status: 'invalid' };
      await auth.authStateReady();
      let email: string | null = null;
      try {
        email = (await checkActionCode(auth, code)).data.email ?? null;
        await applyActionCode(auth, code);
      } catch {
        // Already used: fine if this account is verified by now (the link opened twice).
        await auth.currentUser?.reload();
        if (!auth.currentUser?.emailVerified) return { status: 'invalid' };
        email = auth.currentUser.email;
      }
      const user = auth.currentUser;
      if (!user || user.email !== email) return { status: 'verified' };
      await user.reload();
      await call(requestAccessContract, {
        tenantId: tenant.tenantId,
        displayName: user.displayName ?? user.email ?? '—',
        locale: currentLocale(),
      });
      await refreshClaims();
      await navigate('/', { replace: true });
      return null;
    };
    verify()
      .then((next) => next && setState(next))
      .catch((caught: unknown) => setState({ status: 'failed', message: describeError(t, caught) }));
  }, [code, navigate, refreshClaims, t, tenant.tenantId]);

  if (state.status === 'working') {
    return (
      <PublicFrame title={t('verify.workingTitle')}>
        <Group data-testid="verify-working">
          <Loader size="sm" />
          <Text>{t('verify.workingText')}</Text>
        </Group>
      </PublicFrame>
    );
  }
  if (state.status === 'verified') {
    return (
      <PublicFrame title={t('verify.verifiedTitle')}>
        <Text data-testid="verify-done">{t('verify.verifiedText', { agency: tenant.name })}</Text>
        <Button component={Link} to="/signin">
          {t('verify.signIn')}
        </Button>
      </PublicFrame>
    );
  }
  return (
    <PublicFrame title={t('verify.invalidTitle')}>
      <Alert color="red" role="alert" data-testid="verify-invalid">
        {state.status === 'failed' ? state.message : t('verify.invalidText')}
      </Alert>
      <Button component={Link} to="/" variant="light">
        {t('verify.back')}
      </Button>
    </PublicFrame>
  );
}
