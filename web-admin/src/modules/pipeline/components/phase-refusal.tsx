import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../ui/auth-error';
import { TracfinMissingList } from '../../contacts';
import { tracfinMissingOf } from '../forms/tracfin-refusal';

/**
 * Why a phase move or a link was refused. A buyer held back by an incomplete Tracfin file gets the
 * list of what is missing and a way to their Tracfin tab to complete it.
 */
export function PhaseRefusal({ error, contactId }: { error: unknown; contactId: string }) {
  const { t } = useTranslation();
  const missing = tracfinMissingOf(error);
  const alert = useRef<HTMLDivElement>(null);
  // The refused button is disabled while it runs, which drops the focus out of the dialog: bring it to the
  // refusal, so the keyboard goes on from here to the Tracfin link and the dialog's buttons.
  useEffect(() => {
    alert.current?.focus();
  }, [error]);
  return (
    <Alert ref={alert} tabIndex={-1} color="red" role="alert" data-testid="phase-refusal">
      <Stack gap="xs">
        <Text size="sm">{describeError(t, error)}</Text>
        {missing ? (
          <>
            <Text size="sm" fw={600}>
              {t('properties.refusal.missing')}
            </Text>
            <TracfinMissingList missing={missing} />
            <Anchor component={Link} to={`/clients/${contactId}/tracfin`} size="sm" data-testid="phase-refusal-tracfin">
              {t('properties.refusal.openTracfin')}
            </Anchor>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}
