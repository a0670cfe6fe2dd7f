import { ActionIcon, Box, Modal, useMantineTheme } from '@mantine/core';
import { useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactSearch } from './contact-search';

/**
 * The top bar's search: a box on wide screens, an icon opening a search window on phones.
 * Ctrl+K (⌘K) or "/" reaches it from anywhere in the app.
 */
export function QuickSearch({ moreResults }: { moreResults?: ComponentType<{ typed: string }> }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`);
  const input = useRef<HTMLInputElement>(null);
  const [opened, { open, close }] = useDisclosure(false);

  const reach = () => {
    if (wide) input.current?.focus();
    else open();
  };
  useHotkeys([
    ['mod+K', reach],
    ['/', reach],
  ]);

  return (
    <>
      <Box visibleFrom="sm" w={{ sm: 300, md: 380 }}>
        <ContactSearch inputRef={input} withShortcutHint moreResults={moreResults} />
      </Box>
      <ActionIcon hiddenFrom="sm" variant="subtle" color="gray" size="lg" aria-label={t('search.open')} onClick={open}>
        <IconSearch size={20} />
      </ActionIcon>
      <Modal opened={opened} onClose={close} title={t('search.title')} fullScreen>
        <ContactSearch autoFocus onOpened={close} moreResults={moreResults} />
      </Modal>
    </>
  );
}
