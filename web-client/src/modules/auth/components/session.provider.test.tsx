// @vitest-environment jsdom
import type { TenantDomain } from '@estate/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TenantContext } from '../../../tenant/tenant.context';
import { useSession } from '../hooks/session.context';
import { rememberClientSession } from '../session-hint';
import { SessionProvider } from './session.provider';

type Listener = (user: unknown) => void;
const auth = vi.hoisted(() => ({ listener: null as ((user: unknown) => void) | null }));

// Firebase Auth as the provider loads it, driven by the test: `emit` is an ID-token change.
vi.mock('../load-session-auth', () => ({
  loadSessionAuth: () =>
    Promise.resolve({
      clientAuth: () => ({}),
      onIdTokenChanged: (_auth: unknown, listener: Listener) => {
        auth.listener = listener;
        return () => undefined;
      },
      signOut: () => {
        auth.listener?.(null);
        return Promise.resolve();
      },
    }),
}));

async function emit(user: unknown): Promise<void> {
  await act(async () => {
    auth.listener?.(user);
    await Promise.resolve();
  });
}

const tenant = { tenantId: 't1', domain: {} as TenantDomain, overrideTenantId: null };

/** Records each session status the provider gives, first render included. */
function SessionProbe({ seen }: { seen: string[] }) {
  seen.push(useSession().session.status);
  return null;
}

async function mountProvider(queryClient: QueryClient, seen: string[] = []): Promise<() => void> {
  const root = createRoot(document.createElement('div'));
  await act(async () => {
    root.render(
      createElement(
        QueryClientProvider,
        { client: queryClient },
        createElement(
          TenantContext.Provider,
          { value: tenant },
          createElement(SessionProvider, null, createElement(SessionProbe, { seen })),
        ),
      ),
    );
  });
  await vi.waitFor(() => expect(auth.listener).not.toBeNull());
  return () => act(() => root.unmount());
}

afterEach(() => {
  auth.listener = null;
  rememberClientSession(null);
});

describe('SessionProvider first answer', () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

  it('sends a browser nobody signed in on to sign-in before Auth has answered', async () => {
    const seen: string[] = [];
    const unmount = await mountProvider(new QueryClient(), seen);
    expect(seen[0]).toBe('signedOut');
    unmount();
  });

  it('waits for Auth where a client was signed in last time', async () => {
    rememberClientSession({ uid: 'u1', tenantId: 't1', contactId: 'c1' });
    const seen: string[] = [];
    const unmount = await mountProvider(new QueryClient(), seen);
    expect(seen[0]).toBe('loading');
    await emit(null);
    expect(seen.at(-1)).toBe('signedOut');
    unmount();
  });
});

describe('SessionProvider and the query cache', () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

  it("leaves a visitor's queries alone when Auth first answers that nobody is signed in", async () => {
    const queryClient = new QueryClient();
    const unmount = await mountProvider(queryClient);
    // A page open without an account (signing) has its first call on the way when Auth answers.
    let answer: (value: string) => void = () => undefined;
    const call = queryClient.fetchQuery({
      queryKey: ['signing', 'token'],
      queryFn: () => new Promise<string>((resolve) => (answer = resolve)),
    });
    await emit(null);
    answer('open');
    await expect(call).resolves.toBe('open');
    expect(queryClient.getQueryData(['signing', 'token'])).toBe('open');
    unmount();
  });

  it('forgets the cache once a session that was signed in on the page ends', async () => {
    const queryClient = new QueryClient();
    const unmount = await mountProvider(queryClient);
    await emit(null);
    queryClient.setQueryData(['client-space', 'documents'], ['identity.pdf']);
    // An account without the tenant's client claims is turned away, which signs it out.
    await emit({ uid: 'u1', getIdTokenResult: () => Promise.resolve({ claims: {} }) });
    await vi.waitFor(() => expect(queryClient.getQueryData(['client-space', 'documents'])).toBeUndefined());
    unmount();
  });
});
