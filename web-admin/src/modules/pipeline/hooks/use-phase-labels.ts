import {
  DEFAULT_PIPELINE_SETTINGS,
  phaseLabel,
  pickLocale,
  type DealType,
  type PipelineSettings,
  type Phase,
} from '@estate/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { pipelineSettingsOptions } from '../queries/pipeline.queries';

export interface PhaseLabels {
  settings: PipelineSettings;
  /** The phase's name as the agency calls it, else the product's in the user's language. */
  label: (dealType: DealType, phase: Phase) => string;
  /** A history type's name: built-in types from the app's texts, custom ones from the settings. */
  typeLabel: (type: string) => string;
}

export function usePhaseLabels(): PhaseLabels {
  const { t, i18n } = useTranslation();
  const tenant = useTenant();
  const query = useQuery(pipelineSettingsOptions(tenant.tenantId));
  const settings = query.data ?? DEFAULT_PIPELINE_SETTINGS;
  const locale = pickLocale(i18n.language);
  const label = useCallback(
    (dealType: DealType, phase: Phase) => phaseLabel(settings, dealType, phase, locale),
    [settings, locale],
  );
  const typeLabel = useCallback(
    (type: string) => {
      if (type.startsWith('custom:')) {
        const id = type.slice('custom:'.length);
        return settings.customHistoryTypes.find((custom) => custom.id === id)?.label ?? id;
      }
      if (type === 'phase-change') return t('properties.history.phaseChange');
      if (type === 'status-change') return t('properties.history.statusChange');
      return t(`historyTypes.${type}`);
    },
    [settings, t],
  );
  return { settings, label, typeLabel };
}
