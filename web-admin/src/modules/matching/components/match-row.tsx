import type { CriterionResult } from '@estate/domain/matching';
import type { DealType, Phase } from '@estate/domain';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhaseLabels } from '../../pipeline';
import { MatchCriteria } from './match-criteria';

interface MatchRowProps {
  testId: string;
  title: ReactNode;
  subtitle: string;
  name: string;
  verdict: 'match' | 'near';
  criteria: readonly CriterionResult[];
  dealType: DealType;
  interestPhase: Phase | null;
  contacting: boolean;
  money: (amount: number) => string;
  onContact: () => void;
}

/** One buyer or property of a matching list: its verdict, its criteria and "Contacter". */
export function MatchRow(props: MatchRowProps) {
  const { t } = useTranslation();
  const { label } = usePhaseLabels();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" p="md" data-testid={props.testId}>
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Group gap="sm" wrap="wrap">
          {props.title}
          <Badge color={props.verdict === 'match' ? 'teal' : 'yellow'} variant="filled" size="sm">
            {t(`matching.verdict.${props.verdict}`)}
          </Badge>
        </Group>
        {props.subtitle ? (
          <Text size="sm" c="dimmed">
            {props.subtitle}
          </Text>
        ) : null}
        <MatchCriteria criteria={props.criteria} money={props.money} />
      </Stack>
      {props.interestPhase ? (
        <Badge variant="outline" color="gray" size="lg" tt="none" data-testid="match-linked">
          {t('matching.alreadyLinked', { phase: label(props.dealType, props.interestPhase) })}
        </Badge>
      ) : (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPhoneCall size={14} />}
          loading={props.contacting}
          onClick={props.onContact}
          aria-label={t('matching.contactLabel', { name: props.name })}
        >
          {t('matching.contact')}
        </Button>
      )}
    </Group>
  );
}
