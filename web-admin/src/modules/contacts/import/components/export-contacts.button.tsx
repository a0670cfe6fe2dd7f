import {
  contactToGoogleRow,
  contactToRow,
  exportHeaderRow,
  googleContactsHeaderRow,
  normaliseForSearch,
  pickLocale,
  type Contact,
  type ExportContext,
} from '@estate/domain';
import { Button, Loader, Menu } from '@mantine/core';
import {
  IconAddressBook,
  IconBrandGoogle,
  IconChevronDown,
  IconFileExport,
  IconFileSpreadsheet,
  IconFileText,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchVisibleContacts } from '../../data/contact-import.repository';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { useActiveSession } from '../../../session';
import { importSetupOptions } from '../hooks/use-import-setup';
import { csvBlob, datedFileName, download, loadVCard, vcardBlob, xlsxBlob } from '../utils/spreadsheet';

/** The product's own spreadsheet (xlsx or CSV), or an address book's format: Google Contacts CSV, vCard. */
type ExportFormat = 'xlsx' | 'csv' | 'google' | 'vcard';

async function exportFile(
  format: ExportFormat,
  contacts: readonly Contact[],
  context: ExportContext,
  sheetName: string,
): Promise<{ blob: Blob; extension: 'xlsx' | 'csv' | 'vcf' }> {
  if (format === 'vcard') {
    const { contactsToVCard } = await loadVCard();
    return { blob: vcardBlob(contactsToVCard(contacts)), extension: 'vcf' };
  }
  if (format === 'google') {
    // Google Contacts reads comma-separated UTF-8 whatever the user's language.
    const records = [googleContactsHeaderRow(), ...contacts.map(contactToGoogleRow)];
    return { blob: csvBlob(records, ','), extension: 'csv' };
  }
  const records = [exportHeaderRow(context.locale), ...contacts.map((contact) => contactToRow(contact, context))];
  return format === 'xlsx'
    ? { blob: await xlsxBlob(sheetName, records), extension: 'xlsx' }
    : { blob: csvBlob(records, context.locale), extension: 'csv' };
}

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
      const { blob, extension } = await exportFile(format, sorted, context, t('contactImport.sheetName'));
      const base = format === 'google' ? t('contactImport.googleFileName') : t('contactImport.exportFileName');
      download(blob, datedFileName(base, extension));
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
        <Menu.Divider />
        <Menu.Label>{t('contactImport.exportAddressBooks')}</Menu.Label>
        <Menu.Item leftSection={<IconBrandGoogle size={16} />} onClick={() => void run('google')}>
          {t('contactImport.exportGoogle')}
        </Menu.Item>
        <Menu.Item leftSection={<IconAddressBook size={16} />} onClick={() => void run('vcard')}>
          {t('contactImport.exportVcard')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
