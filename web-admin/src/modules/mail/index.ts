import { IconMail } from '@tabler/icons-react';
import { lazy } from 'react';
import type { AppModule } from '../../lib/app-module';

export const mailModule: AppModule = {
  settings: [
    {
      value: 'mail-templates',
      label: 'informContacts.templates.tab',
      icon: IconMail,
      order: 50,
      gate: 'template-editor',
      Panel: lazy(() => import('./components/mail-templates-panel').then((m) => ({ default: m.MailTemplatesPanel }))),
    },
  ],
};

export { InformContactsModal } from './components/inform-contacts.modal';
