import { powerState, type PowerOfAttorney, type PowerState } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<PowerState, string> = {
  notYetValid: 'gray',
  valid: 'green',
  expiresSoon: 'orange',
  expired: 'red',
};

/** Whether a signatory's power of attorney lets them sign today. */
export function PowerStateBadge({ power, now }: { power: PowerOfAttorney; now: Date }) {
  const { t } = useTranslation();
  const state = powerState(power, now);
  return (
    <Badge color={COLOURS[state]} variant="light">
      {t(`agreements.power.states.${state}`)}
    </Badge>
  );
}
