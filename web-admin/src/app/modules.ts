import { isTemplateEditor } from '@estate/domain';
import { IconSettings } from '@tabler/icons-react';
import type { AppModule, NavigationEntry } from '../lib/app-module';
import { accountModule } from '../modules/account';
import { agreementsModule } from '../modules/agreements';
import { approvalsModule } from '../modules/approvals';
import { appointmentsModule } from '../modules/appointments';
import { authModule } from '../modules/auth';
import { bookingsModule } from '../modules/bookings';
import { chatModule } from '../modules/chat';
import { commissionsModule } from '../modules/commissions';
import { contactsModule } from '../modules/contacts';
import { dealsModule } from '../modules/deals';
import { invoicingModule } from '../modules/invoicing';
import { financingModule } from '../modules/financing';
import { discountsModule } from '../modules/discounts';
import { leadsModule } from '../modules/leads';
import { mailModule } from '../modules/mail';
import { mandatesModule } from '../modules/mandates';
import { marketingModule } from '../modules/marketing';
import { pipelineModule } from '../modules/pipeline';
import { projectsModule } from '../modules/projects';
import { promotionsModule } from '../modules/promotions';
import { propertiesModule } from '../modules/properties';
import { reservationsModule } from '../modules/reservations';
import { roomsModule } from '../modules/rooms';
import { signaturesModule } from '../modules/signatures';
import { tasksModule } from '../modules/tasks';
import { teamModule } from '../modules/team';
import { tenancyModule } from '../modules/tenancy';

/** Every module of the app: the router, the navigation and Settings are assembled from these. */
export const APP_MODULES: readonly AppModule[] = [
  authModule,
  accountModule,
  contactsModule,
  chatModule,
  propertiesModule,
  tasksModule,
  appointmentsModule,
  pipelineModule,
  teamModule,
  tenancyModule,
  roomsModule,
  mailModule,
  leadsModule,
  mandatesModule,
  dealsModule,
  invoicingModule,
  commissionsModule,
  signaturesModule,
  projectsModule,
  reservationsModule,
  promotionsModule,
  agreementsModule,
  approvalsModule,
  bookingsModule,
  marketingModule,
  financingModule,
  discountsModule,
];

/** The side navigation: each module's entries, then Settings, which the app assembles itself. */
export const NAVIGATION: readonly NavigationEntry[] = [
  ...APP_MODULES.flatMap((module) => module.navigation ?? []),
  { to: '/settings', label: 'nav.settings', icon: IconSettings, order: 90, visibleTo: isTemplateEditor },
].sort((a, b) => a.order - b.order);
