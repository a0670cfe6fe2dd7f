import type { TracfinMissing } from '@estate/domain';
import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a buyer's Tracfin file still lacks, in the user's language: on the file and where a move is refused. */
export function TracfinMissingList({ missing }: { missing: readonly TracfinMissing[] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2} data-testid="tracfin-missing">
      {missing.map((item) => (
        <List.Item key={item}>{t(`clientFile.tracfin.missing.${item.replace(/\./g, '_')}`)}</List.Item>
      ))}
    </List>
  );
}
