import { requestPasswordResetContract } from './account/account.contracts';
import {
  decideApprovalContract,
  requestApprovalContract,
  withdrawApprovalContract,
} from './approvals/approvals.contracts';
import { advanceAgreementContract, generateAgreementContract } from './agreements/agreements.contracts';
import { replyToThreadContract } from './chat/chat.contracts';
import {
  cancelAppointmentContract,
  markAppointmentDoneContract,
  saveAppointmentContract,
} from './appointments/appointments.contracts';
import {
  confirmClientSpaceContract,
  convertProspectContract,
  declineDeletionContract,
  eraseContactContract,
  importContactsContract,
  inviteClientContract,
  mergeContactsContract,
  requestDeletionContract,
  saveContactContract,
  saveTracfinContract,
  updateContactsSettingsContract,
} from './contacts/contacts.contracts';
import {
  deleteEstimationContract,
  renderAppraisalContract,
  saveEstimationContract,
} from './estimations/estimations.contracts';
import {
  logConsultationContract,
  saveApplicationContract,
  setBankStatusContract,
} from './financing/financing.contracts';
import {
  deleteContactDocumentContract,
  deletePropertyDocumentContract,
  shareDocumentContract,
  unshareDocumentContract,
} from './files/files.contracts';
import { rotateLeadsSecretContract } from './leads/leads.contracts';
import {
  assignListingContract,
  removeDraftContract,
  saveVisitReportContract,
  setPublishedContract,
} from './listings/listings.contracts';
import {
  buyersForPropertyContract,
  contactBuyerContract,
  propertiesForBuyerContract,
} from './matching/matching.contracts';
import {
  informContactsContract,
  linkContactContract,
  movePhaseContract,
  savePipelineSettingsContract,
} from './pipeline/pipeline.contracts';
import {
  cancelMandateContract,
  exportRegisterContract,
  saveAmendmentContract,
  saveMandateContract,
  sendAmendmentContract,
  sendMandateContract,
} from './mandates/mandates.contracts';
import { travelTimesContract } from './places/places.contracts';
import { answerOfferContract, registerOfferContract, withdrawOfferContract } from './offers/offers.contracts';
import { collectFeesContract, openDealContract, recordDealStepContract } from './deals/deals.contracts';
import { assignCommissionPlanContract, saveCommissionPlansContract } from './commissions/commissions.contracts';
import {
  changePricesContract,
  removeUnitLayoutContract,
  importUnitsContract,
  saveBuildingContract,
  saveProjectContract,
  saveUnitContract,
} from './projects/projects.contracts';
import {
  changePropertyStatusContract,
  deletePropertyContract,
  savePropertyContract,
} from './properties/properties.contracts';
import {
  deletePhotoContract,
  reorderPhotosContract,
  setCoverPhotoContract,
} from './properties/property-photos.contracts';
import {
  cancelReservationContract,
  extendReservationContract,
  joinQueueContract,
  reserveUnitContract,
  saveReservationSettingsContract,
} from './reservations/reservations.contracts';
import {
  cancelBookingContract,
  issueBookingContract,
  recordPaymentContract,
  saveEscrowContract,
} from './bookings/bookings.contracts';
import { deleteChannelContract, saveChannelContract } from './marketing/marketing.contracts';
import { saveDiscountSettingsContract } from './discounts/discounts.contracts';
import { completeTaskContract, deleteTaskContract, saveTaskContract } from './tasks/tasks.contracts';
import {
  changeRoleContract,
  decideAccessContract,
  requestAccessContract,
  setManagerContract,
  setMemberActiveContract,
  transferOwnershipContract,
} from './team/team.contracts';
import {
  cancelSignatureRequestContract,
  checkSigningCodeContract,
  declineSigningContract,
  getSigningDocumentContract,
  openSigningContract,
  remindSignersContract,
  sendSigningCodeContract,
  signContract,
} from './signatures/signatures.contracts';
import {
  deleteInvoiceDraftContract,
  draftCreditNoteContract,
  draftFeeInvoiceContract,
  recordInvoicePaymentContract,
  saveAgentInvoicingContract,
  saveInvoicingSettingsContract,
  sendInvoiceContract,
  updateInvoiceDraftContract,
  validateInvoiceContract,
} from './invoicing/invoicing.contracts';
import { createTenantContract, saveMapSettingsContract } from './tenancy/tenancy.contracts';

/**
 * Every callable of the product. The apps import the one contract they call (so a screen's bundle
 * carries only its schemas); this list is for the functions index check and the tests.
 */
export const CALLABLE_CONTRACTS = {
  saveCommissionPlans: saveCommissionPlansContract,
  assignCommissionPlan: assignCommissionPlanContract,
  openDeal: openDealContract,
  recordDealStep: recordDealStepContract,
  collectFees: collectFeesContract,
  saveInvoicingSettings: saveInvoicingSettingsContract,
  draftFeeInvoice: draftFeeInvoiceContract,
  draftCreditNote: draftCreditNoteContract,
  updateInvoiceDraft: updateInvoiceDraftContract,
  deleteInvoiceDraft: deleteInvoiceDraftContract,
  validateInvoice: validateInvoiceContract,
  recordInvoicePayment: recordInvoicePaymentContract,
  sendInvoice: sendInvoiceContract,
  saveAgentInvoicing: saveAgentInvoicingContract,
  replyToThread: replyToThreadContract,
  createTenant: createTenantContract,
  saveMapSettings: saveMapSettingsContract,
  requestAccess: requestAccessContract,
  decideAccess: decideAccessContract,
  changeRole: changeRoleContract,
  setMemberActive: setMemberActiveContract,
  transferOwnership: transferOwnershipContract,
  setManager: setManagerContract,
  inviteClient: inviteClientContract,
  confirmClientSpace: confirmClientSpaceContract,
  requestPasswordReset: requestPasswordResetContract,
  saveTask: saveTaskContract,
  completeTask: completeTaskContract,
  deleteTask: deleteTaskContract,
  saveContact: saveContactContract,
  convertProspect: convertProspectContract,
  mergeContacts: mergeContactsContract,
  importContacts: importContactsContract,
  requestDeletion: requestDeletionContract,
  declineDeletion: declineDeletionContract,
  eraseContact: eraseContactContract,
  saveTracfin: saveTracfinContract,
  updateContactsSettings: updateContactsSettingsContract,
  saveProperty: savePropertyContract,
  changePropertyStatus: changePropertyStatusContract,
  deleteProperty: deletePropertyContract,
  linkContact: linkContactContract,
  movePhase: movePhaseContract,
  informContacts: informContactsContract,
  savePipelineSettings: savePipelineSettingsContract,
  rotateLeadsSecret: rotateLeadsSecretContract,
  deleteContactDocument: deleteContactDocumentContract,
  saveMandate: saveMandateContract,
  sendMandate: sendMandateContract,
  cancelMandate: cancelMandateContract,
  saveAmendment: saveAmendmentContract,
  sendAmendment: sendAmendmentContract,
  exportRegister: exportRegisterContract,
  registerOffer: registerOfferContract,
  answerOffer: answerOfferContract,
  withdrawOffer: withdrawOfferContract,
  openSigning: openSigningContract,
  getSigningDocument: getSigningDocumentContract,
  sendSigningCode: sendSigningCodeContract,
  checkSigningCode: checkSigningCodeContract,
  sign: signContract,
  declineSigning: declineSigningContract,
  remindSigners: remindSignersContract,
  cancelSignatureRequest: cancelSignatureRequestContract,
  deletePropertyDocument: deletePropertyDocumentContract,
  shareDocument: shareDocumentContract,
  unshareDocument: unshareDocumentContract,
  reorderPhotos: reorderPhotosContract,
  setCoverPhoto: setCoverPhotoContract,
  deletePhoto: deletePhotoContract,
  buyersForProperty: buyersForPropertyContract,
  propertiesForBuyer: propertiesForBuyerContract,
  contactBuyer: contactBuyerContract,
  saveEstimation: saveEstimationContract,
  deleteEstimation: deleteEstimationContract,
  renderAppraisal: renderAppraisalContract,
  assignListing: assignListingContract,
  setListingPublished: setPublishedContract,
  removeListingDraft: removeDraftContract,
  saveVisitReport: saveVisitReportContract,
  saveAppointment: saveAppointmentContract,
  cancelAppointment: cancelAppointmentContract,
  markAppointmentDone: markAppointmentDoneContract,
  travelTimes: travelTimesContract,
  saveProject: saveProjectContract,
  saveBuilding: saveBuildingContract,
  saveUnit: saveUnitContract,
  importUnits: importUnitsContract,
  changePrices: changePricesContract,
  removeUnitLayout: removeUnitLayoutContract,
  reserveUnit: reserveUnitContract,
  joinReservationQueue: joinQueueContract,
  cancelReservation: cancelReservationContract,
  extendReservation: extendReservationContract,
  saveReservationSettings: saveReservationSettingsContract,
  requestApproval: requestApprovalContract,
  decideApproval: decideApprovalContract,
  withdrawApproval: withdrawApprovalContract,
  generateAgreement: generateAgreementContract,
  advanceAgreement: advanceAgreementContract,
  issueBooking: issueBookingContract,
  cancelBooking: cancelBookingContract,
  recordBookingPayment: recordPaymentContract,
  saveBookingEscrow: saveEscrowContract,
  saveMarketingChannel: saveChannelContract,
  deleteMarketingChannel: deleteChannelContract,
  saveFinancingApplication: saveApplicationContract,
  setFinancingBankStatus: setBankStatusContract,
  logFinancingConsultation: logConsultationContract,
  saveDiscountSettings: saveDiscountSettingsContract,
} as const;

type Contracts = typeof CALLABLE_CONTRACTS;

/** Deployed callable names by operation, for the tests that call them over HTTP. */
export const CALLABLES = Object.fromEntries(
  Object.entries(CALLABLE_CONTRACTS).map(([operation, contract]) => [operation, contract.name]),
) as { [K in keyof Contracts]: Contracts[K]['name'] };
