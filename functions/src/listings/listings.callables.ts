import {
  assignListingContract,
  removeDraftContract,
  saveVisitReportContract,
  setPublishedContract,
} from '@estate/domain';
import { callable } from '../lib/callable';
import { assignListing } from './assign-listing.handler';
import { removeDraft } from './remove-draft.handler';
import { saveVisitReport } from './save-visit-report.handler';
import { setPublished } from './set-published.handler';

export const assignListingCallable = callable(assignListingContract, assignListing);
export const setPublishedCallable = callable(setPublishedContract, setPublished);
export const removeDraftCallable = callable(removeDraftContract, removeDraft);
export const saveVisitReportCallable = callable(saveVisitReportContract, saveVisitReport);
