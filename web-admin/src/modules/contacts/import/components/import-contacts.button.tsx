import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The dialog (dropzone, preview, report) loads on the first click, keeping the clients list light.
const ImportContactsModal = lazy(() =>
  import('./import-contacts.modal').then((module) => ({ default: module.ImportContactsModal })),
);

/** The clients list's "Import" action: opens the import of a CSV or xlsx file. */
export function ImportContactsButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileImport size={16} />}
        onClick={() => {
          setLoaded(true);
          setOpened(true);
        }}
        data-testid="contacts-import"
      >
        {t('contactImport.importButton')}
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <ImportContactsModal opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
