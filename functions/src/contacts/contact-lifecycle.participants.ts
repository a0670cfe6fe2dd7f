import { filesContactLifecycle as files } from '../files/files.contact-lifecycle';
import { chatContactLifecycle as chat } from '../chat/chat.contact-lifecycle';
import { appointmentsContactLifecycle as appointments } from '../appointments/appointments.contact-lifecycle';
import { historyContactLifecycle as history } from '../history/history.contact-lifecycle';
import { listingsContactLifecycle as listings } from '../listings/listings.contact-lifecycle';
import { leadsContactLifecycle as leads } from '../leads/leads.contact-lifecycle';
import { mailContactLifecycle as mail } from '../mail/mail.contact-lifecycle';
import { matchingContactLifecycle as matching } from '../matching/matching.contact-lifecycle';
import { placesContactLifecycle as places } from '../places/places.contact-lifecycle';
import { pipelineContactLifecycle as pipeline } from '../pipeline/pipeline.contact-lifecycle';
import { propertiesContactLifecycle as properties } from '../properties/properties.contact-lifecycle';
import { sellingContactLifecycle as selling } from '../selling/selling.contact-lifecycle';
import { tasksContactLifecycle as tasks } from '../tasks/tasks.contact-lifecycle';
import { clientSpaceContactLifecycle as clientSpace } from './client-space.contact-lifecycle';
import { contactFileContactLifecycle as contactFile } from './contact-file.contact-lifecycle';
import { createContactLifecycle } from './contact-lifecycle';

/**
 * Every capability holding data about a contact, registered in one list, the only file of contacts/
 * that imports other capabilities (eslint.config.js allows it). One list rather than each capability
 * registering itself when its module loads: that would make the participants, and their order, depend
 * on which modules an entry point happened to import first, and a handler called alone (a test, a
 * script) would run with none. A capability joins by adding its participant to each event it
 * implements; createContactLifecycle refuses a participant missing from one of them.
 *
 * The orders are those the merge and the erasure had before they were split by capability. No
 * participant relies on another having run, but keeping them keeps what an interrupted merge or
 * erasure leaves behind, and the merge's log of what moved, as they were.
 */
export const contactLifecycle = createContactLifecycle({
  merged: [
    history,
    tasks,
    pipeline,
    contactFile,
    mail,
    leads,
    matching,
    files,
    appointments,
    listings,
    places,
    properties,
    selling,
  ],
  erased: [
    contactFile,
    pipeline,
    tasks,
    history,
    mail,
    leads,
    selling,
    properties,
    clientSpace,
    matching,
    files,
    chat,
    appointments,
    listings,
    places,
  ],
  written: [pipeline, matching],
  viewersChanged: [history, tasks, appointments],
});
