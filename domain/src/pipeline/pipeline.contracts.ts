import { informContactsInputSchema, informContactsResultSchema } from '../mail/tenant-mail-template.schema';
import { defineCallable } from '../shared/contract';
import {
  linkContactInputSchema,
  linkContactResultSchema,
  movePhaseInputSchema,
  movePhaseResultSchema,
} from './interest.schema';
import { pipelineSettingsSchema, savePipelineSettingsInputSchema } from './pipeline-settings.schema';

export const linkContactContract = defineCallable({
  name: 'pipeline-linkContact',
  access: 'signed-in',
  input: linkContactInputSchema,
  output: linkContactResultSchema,
  refusals: [
    'actor-not-active',
    'contact-not-found',
    'not-collaborator',
    'not-staff',
    'phase-not-of-deal-type',
    'property-not-found',
    'tracfin-incomplete',
  ],
});

export const movePhaseContract = defineCallable({
  name: 'pipeline-movePhase',
  access: 'signed-in',
  input: movePhaseInputSchema,
  output: movePhaseResultSchema,
  refusals: [
    'actor-not-active',
    'contact-not-found',
    'interest-not-found',
    'not-collaborator',
    'not-staff',
    'phase-not-of-deal-type',
    'tenant-not-found',
    'tracfin-incomplete',
  ],
});

export const informContactsContract = defineCallable({
  name: 'pipeline-informContacts',
  access: 'signed-in',
  input: informContactsInputSchema,
  output: informContactsResultSchema,
  refusals: [
    'actor-not-active',
    'not-collaborator',
    'not-staff',
    'property-not-found',
    'template-not-found',
    'template-unknown-placeholders',
    'tenant-not-found',
  ],
});

/** Settings › Phases: phase names, which action moves which phase, the agency's own history types. */
export const savePipelineSettingsContract = defineCallable({
  name: 'pipeline-savePipelineSettings',
  access: 'signed-in',
  input: savePipelineSettingsInputSchema,
  output: pipelineSettingsSchema,
  refusals: ['actor-not-active', 'not-staff', 'not-team-manager'],
});
