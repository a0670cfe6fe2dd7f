import {
  contactToRow,
  exportHeaderRow,
  normaliseForSearch,
  pickLocale,
  type Contact,
  type ExportContext,
} from '@estate/domain';
import { Button, Loader, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchVisibleContacts } from '../../data/contact-import.repository';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { useActiveSession } from '../../../session';
import { importSetupOptions } from '../hooks/use-import-setup';
import { csvBlob, datedFileName, download, xlsxBlob } from '../utils/spreadsheet';

type ExportFormat = 'xlsx' | 'csv';

function sortKey(contact: Contact): string {
  return normaliseForSearch(`${contact.lastName || contact.companyName} ${contact.firstName}`);
}

/**
 * The clients list's "Export" action: every contact the user may read (the tenant's visibility
 * setting decides which), in the import's columns, so the file re-imports as it was.
 */
export function ExportContactsButton() {
  const { t, i18n } = useTranslation();
  const { tenantId } = useTenant();
  const { user, claims } = useActiveSession();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);

  const run = async (format: ExportFormat) => {
    const locale = pickLocale(i18n.language);
    setProgress(0);
    try {
      const setup = await queryClient.fetchQuery(importSetupOptions(tenantId));
      const contacts = await fetchVisibleContacts(
        tenantId,
        { visibility: setup.settings.visibility, uid: user.uid, role: claims.role },
        setProgress,
      );
      if (contacts.length === 0) {
        notifySuccess(t('contactImport.exportEmpty'));
        return;
      }
      const context: ExportContext = {
        locale,
        origins: setup.settings.origins,
        agentEmails: Object.fromEntries(setup.members.map((member) => [member.uid, member.email])),
      };
      const sorted = [...contacts].sort((a, b) => sortKey(a).localeCompare(sortKey(b), locale));
      const records = [exportHeaderRow(locale), ...sorted.map((contact) => contactToRow(contact, context))];
      const blob = format === 'xlsx' ? await xlsxBlob(t('contactImport.sheetName'), records) : csvBlob(records, locale);
      download(blob, datedFileName(t('contactImport.exportFileName'), format));
      notifySuccess(t('contactImport.exported', { count: contacts.length }));
    } catch (error) {
      notifyError(describeError(t, error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={progress === null ? <IconFileExport size={16} /> : <Loader size={14} />}
          rightSection={<IconChevronDown size={14} />}
          disabled={progress !== null}
          data-testid="contacts-export"
        >
          {progress === null ? t('contactImport.exportButton') : t('contactImport.exporting', { count: progress })}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run('xlsx')}>
          {t('contactImport.exportXlsx')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => void run('csv')}>
          {t('contactImport.exportCsv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
