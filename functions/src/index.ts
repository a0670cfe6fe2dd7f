import { cancelAppointmentCallable } from './appointments/cancel-appointment.callable';
import { markDoneCallable } from './appointments/mark-done.callable';
import { onRequestCreatedTrigger } from './appointments/on-request-created.trigger';
import { saveAppointmentCallable } from './appointments/save-appointment.callable';
import { requestPasswordResetCallable } from './account/request-password-reset.callable';
import {
  decideCallable as decideApprovalCallable,
  requestCallable as requestApprovalCallable,
  withdrawCallable as withdrawApprovalCallable,
} from './approvals/approvals.callables';
import { layoutImageHttp } from './catalogue/layout-image.http';
import { onUnitWrittenTrigger } from './catalogue/on-unit-written.trigger';
import { advanceAgreementCallable, generateAgreementCallable } from './agreements/agreements.callables';
import { travelTimesCallable } from './places/places.callables';
import {
  changePricesCallable,
  importUnitsCallable,
  saveBuildingCallable,
  saveProjectCallable,
  removeUnitLayoutCallable,
  saveUnitCallable,
} from './projects/projects.callables';
import { onMessageCreatedTrigger } from './chat/on-message-created.trigger';
import { replyToThreadCallable } from './chat/reply-to-thread.callable';
import { confirmClientSpaceCallable } from './contacts/confirm-client-space.callable';
import { convertProspectCallable } from './contacts/convert-prospect.callable';
import { mergeContactsCallable } from './contacts/merge-contacts.callable';
import { saveContactCallable } from './contacts/save-contact.callable';
import { importContactsCallable } from './contacts/import-contacts.callable';
import { inviteClientCallable } from './contacts/invite-client.callable';
import { onContactWrittenTrigger } from './contacts/on-contact-written.trigger';
import { declineDeletionCallable } from './contacts/decline-deletion.callable';
import { eraseContactCallable } from './contacts/erase-contact.callable';
import { requestDeletionCallable } from './contacts/request-deletion.callable';
import { setManagerCallable } from './team/set-manager.callable';
import { saveTracfinCallable } from './contacts/save-tracfin.callable';
import { updateContactsSettingsCallable } from './contacts/update-contacts-settings.callable';
import { sendNoteRemindersSchedule } from './contacts/send-note-reminders.schedule';
import { finishErasuresSchedule } from './contacts/finish-erasures.schedule';
import { checkUploadTrigger } from './files/check-upload.trigger';
import {
  deleteInvoiceDraftCallable,
  draftCreditNoteCallable,
  draftFeeInvoiceCallable,
  updateInvoiceDraftCallable,
} from './invoicing/draft-invoice.callable';
import { onInvoiceWrittenTrigger } from './invoicing/invoicing.triggers';
import { prepareCommissionInvoicesSchedule } from './invoicing/prepare-commission-invoices.schedule';
import { recordInvoicePaymentCallable } from './invoicing/record-payment.callable';
import { sendInvoiceCallable } from './invoicing/send-invoice.callable';
import { saveAgentIdentityCallable } from './invoicing/save-agent-identity.callable';
import { saveInvoicingSettingsCallable } from './invoicing/save-settings.callable';
import { validateInvoiceCallable } from './invoicing/validate-invoice.callable';
import {
  logConsultationCallable,
  saveApplicationCallable,
  setBankStatusCallable,
} from './financing/financing.callables';
import { deleteContactDocumentCallable } from './files/delete-contact-document.callable';
import { deletePropertyDocumentCallable } from './files/delete-property-document.callable';
import { downloadFileHttp } from './files/download-file.http';
import { shareDocumentCallable, unshareDocumentCallable } from './files/share-document.callable';
import { receivePortalLeadHttp } from './leads/receive-portal-lead.http';
import { rotateSecretCallable } from './leads/rotate-secret.callable';
import {
  assignListingCallable,
  removeDraftCallable,
  saveVisitReportCallable,
  setPublishedCallable,
} from './listings/listings.callables';
import {
  onActionCreatedTrigger,
  onPropertyWrittenTrigger as onListingPropertyWrittenTrigger,
} from './listings/listings.triggers';
import { onMailWrittenTrigger } from './mail/on-mail-written.trigger';
import { retryDueMailSchedule } from './mail/retry-due-mail.schedule';
import { unsubscribeHttp } from './mail/unsubscribe.http';
import { deleteEstimationCallable } from './estimations/delete-estimation.callable';
import { renderAppraisalCallable } from './estimations/render-appraisal.callable';
import { saveEstimationCallable } from './estimations/save-estimation.callable';
import { buyersForPropertyCallable } from './matching/buyers-for-property.callable';
import { contactBuyerCallable } from './matching/contact-buyer.callable';
import { onPropertyWrittenTrigger } from './matching/on-property-written.trigger';
import { onSavedSearchWrittenTrigger } from './matching/on-saved-search-written.trigger';
import { propertiesForBuyerCallable } from './matching/properties-for-buyer.callable';
import { informContactsCallable } from './pipeline/inform-contacts.callable';
import { linkContactCallable } from './pipeline/link-contact.callable';
import { movePhaseCallable } from './pipeline/move-phase.callable';
import { savePipelineSettingsCallable } from './pipeline/save-pipeline-settings.callable';
import { onHistoryCreatedTrigger } from './pipeline/on-history-created.trigger';
import { onEntryWrittenTrigger } from './history/on-entry-written.trigger';
import { cancelMandateCallable } from './mandates/cancel-mandate.callable';
import { exportRegisterCallable } from './mandates/export-register.callable';
import {
  onAmendmentWrittenTrigger,
  onMandateWrittenTrigger,
  onSignatureRequestWrittenTrigger,
} from './mandates/mandate-triggers';
import { saveAmendmentCallable } from './mandates/save-amendment.callable';
import { saveMandateCallable } from './mandates/save-mandate.callable';
import { sendAmendmentCallable } from './mandates/send-amendment.callable';
import { sendMandateCallable } from './mandates/send-mandate.callable';
import { deleteChannelCallable, saveChannelCallable } from './marketing/marketing.callables';
import {
  onBookingWrittenTrigger as onBookingCountedTrigger,
  onContactCreatedTrigger,
  onReservationWrittenTrigger,
} from './marketing/marketing.triggers';
import { answerOfferCallable } from './offers/answer-offer.callable';
import { expireOffersSchedule } from './offers/expire-offers.schedule';
import {
  onOfferWrittenTrigger,
  onSignatureRequestWrittenTrigger as onOfferRequestWrittenTrigger,
} from './offers/offer-triggers';
import { registerOfferCallable } from './offers/register-offer.callable';
import { withdrawOfferCallable } from './offers/withdraw-offer.callable';
import { assignCommissionPlanCallable } from './commissions/assign-plan.callable';
import { saveCommissionPlansCallable } from './commissions/save-plans.callable';
import { collectFeesCallable } from './deals/collect-fees.callable';
import { openDealCallable } from './deals/open-deal.callable';
import { recordDealStepCallable } from './deals/record-deal-step.callable';
import { changeStatusCallable } from './properties/change-status.callable';
import { deletePropertyCallable } from './properties/delete-property.callable';
import { savePropertyCallable } from './properties/save-property.callable';
import { onPropertyDeletedTrigger } from './properties/on-property-deleted.trigger';
import {
  cancelReservationCallable,
  extendReservationCallable,
  joinQueueCallable,
  reserveUnitCallable,
  saveSettingsCallable as saveReservationSettingsCallable,
} from './reservations/reservations.callables';
import { releaseDueSchedule } from './reservations/release-due.schedule';
import {
  cancelBookingCallable,
  issueBookingCallable,
  recordPaymentCallable,
  saveEscrowCallable,
} from './bookings/bookings.callables';
import { expireDueSchedule as expireDueBookingsSchedule } from './bookings/expire-due.schedule';
import { saveSettingsCallable as saveDiscountSettingsCallable } from './discounts/discounts.callables';
import {
  deletePhotoCallable,
  reorderPhotosCallable,
  setCoverPhotoCallable,
} from './properties/property-photos.callable';
import { changeRoleCallable } from './team/change-role.callable';
import { decideAccessCallable } from './team/decide-access.callable';
import { requestAccessCallable } from './team/request-access.callable';
import { setMemberActiveCallable } from './team/set-member-active.callable';
import { transferOwnershipCallable } from './team/transfer-ownership.callable';
import { completeTaskCallable } from './tasks/complete-task.callable';
import { deleteTaskCallable } from './tasks/delete-task.callable';
import { saveTaskCallable } from './tasks/save-task.callable';
import { onRequestWrittenTrigger } from './signatures/on-request-written.trigger';
import { expireRequestsSchedule, sendRemindersSchedule } from './signatures/signatures.schedules';
import {
  cancelSignatureRequestCallable,
  checkSigningCodeCallable,
  declineSigningCallable,
  getSigningDocumentCallable,
  openSigningCallable,
  remindSignersCallable,
  sendSigningCodeCallable,
  signCallable,
} from './signatures/signing.callables';
import { createTenantCallable } from './tenancy/create-tenant.callable';
import { onTenantWrittenTrigger } from './tenancy/on-tenant-written.trigger';
import { saveMapSettingsCallable } from './tenancy/save-map-settings.callable';
import { tenantIconHttp } from './tenancy/tenant-icon.http';
import { webManifestHttp } from './tenancy/web-manifest.http';
import {
  onAppointmentWrittenTrigger as onSellerVisitSourceWrittenTrigger,
  onListingWrittenTrigger as onSellerReportSourceWrittenTrigger,
  onMandateWrittenTrigger as onSellerMandateSourceWrittenTrigger,
  onPropertyWrittenTrigger as onSellerPropertyWrittenTrigger,
} from './selling/selling.triggers';

export const tenancy = {
  createTenant: createTenantCallable,
  saveMapSettings: saveMapSettingsCallable,
  onTenantWritten: onTenantWrittenTrigger,
  webManifest: webManifestHttp,
  tenantIcon: tenantIconHttp,
};

export const team = {
  requestAccess: requestAccessCallable,
  decideAccess: decideAccessCallable,
  changeRole: changeRoleCallable,
  setMemberActive: setMemberActiveCallable,
  transferOwnership: transferOwnershipCallable,
  setManager: setManagerCallable,
};

export const contacts = {
  inviteClient: inviteClientCallable,
  confirmClientSpace: confirmClientSpaceCallable,
  onContactWritten: onContactWrittenTrigger,
  saveContact: saveContactCallable,
  convertProspect: convertProspectCallable,
  mergeContacts: mergeContactsCallable,
  importContacts: importContactsCallable,
  requestDeletion: requestDeletionCallable,
  declineDeletion: declineDeletionCallable,
  eraseContact: eraseContactCallable,
  saveTracfin: saveTracfinCallable,
  updateContactsSettings: updateContactsSettingsCallable,
  sendNoteReminders: sendNoteRemindersSchedule,
  finishErasures: finishErasuresSchedule,
};

export const files = {
  download: downloadFileHttp,
  checkUpload: checkUploadTrigger,
  deleteContactDocument: deleteContactDocumentCallable,
  deletePropertyDocument: deletePropertyDocumentCallable,
  shareDocument: shareDocumentCallable,
  unshareDocument: unshareDocumentCallable,
};

export const history = {
  onEntryWritten: onEntryWrittenTrigger,
};

export const tasks = {
  saveTask: saveTaskCallable,
  completeTask: completeTaskCallable,
  deleteTask: deleteTaskCallable,
};

export const chat = {
  replyToThread: replyToThreadCallable,
  onMessageCreated: onMessageCreatedTrigger,
};

export const appointments = {
  saveAppointment: saveAppointmentCallable,
  cancelAppointment: cancelAppointmentCallable,
  markDone: markDoneCallable,
  onRequestCreated: onRequestCreatedTrigger,
};

export const account = {
  requestPasswordReset: requestPasswordResetCallable,
};

export const mail = {
  onMailWritten: onMailWrittenTrigger,
  retryDueMail: retryDueMailSchedule,
  unsubscribe: unsubscribeHttp,
};

export const pipeline = {
  informContacts: informContactsCallable,
  linkContact: linkContactCallable,
  movePhase: movePhaseCallable,
  savePipelineSettings: savePipelineSettingsCallable,
  onHistoryCreated: onHistoryCreatedTrigger,
};

export const properties = {
  saveProperty: savePropertyCallable,
  reorderPhotos: reorderPhotosCallable,
  setCoverPhoto: setCoverPhotoCallable,
  deletePhoto: deletePhotoCallable,
  onPropertyDeleted: onPropertyDeletedTrigger,
  changeStatus: changeStatusCallable,
  deleteProperty: deletePropertyCallable,
};

export const leads = {
  receivePortalLead: receivePortalLeadHttp,
  rotateSecret: rotateSecretCallable,
};

export const mandates = {
  saveMandate: saveMandateCallable,
  sendForSignature: sendMandateCallable,
  cancelMandate: cancelMandateCallable,
  saveAmendment: saveAmendmentCallable,
  sendAmendment: sendAmendmentCallable,
  exportRegister: exportRegisterCallable,
  onMandateWritten: onMandateWrittenTrigger,
  onAmendmentWritten: onAmendmentWrittenTrigger,
  onSignatureRequestWritten: onSignatureRequestWrittenTrigger,
};

export const commissions = {
  savePlans: saveCommissionPlansCallable,
  assignPlan: assignCommissionPlanCallable,
};

export const deals = {
  openDeal: openDealCallable,
  recordDealStep: recordDealStepCallable,
  collectFees: collectFeesCallable,
};

export const offers = {
  registerOffer: registerOfferCallable,
  answerOffer: answerOfferCallable,
  withdrawOffer: withdrawOfferCallable,
  onOfferWritten: onOfferWrittenTrigger,
  onSignatureRequestWritten: onOfferRequestWrittenTrigger,
  expireOffers: expireOffersSchedule,
};

export const approvals = {
  request: requestApprovalCallable,
  decide: decideApprovalCallable,
  withdraw: withdrawApprovalCallable,
};

export const reservations = {
  reserveUnit: reserveUnitCallable,
  joinQueue: joinQueueCallable,
  cancelReservation: cancelReservationCallable,
  extendReservation: extendReservationCallable,
  saveSettings: saveReservationSettingsCallable,
  releaseDue: releaseDueSchedule,
};

export const bookings = {
  issueBooking: issueBookingCallable,
  cancelBooking: cancelBookingCallable,
  recordPayment: recordPaymentCallable,
  saveEscrow: saveEscrowCallable,
  expireDue: expireDueBookingsSchedule,
};

export const marketing = {
  saveChannel: saveChannelCallable,
  deleteChannel: deleteChannelCallable,
  onContactCreated: onContactCreatedTrigger,
  onReservationWritten: onReservationWrittenTrigger,
  onBookingWritten: onBookingCountedTrigger,
};

export const financing = {
  saveApplication: saveApplicationCallable,
  setBankStatus: setBankStatusCallable,
  logConsultation: logConsultationCallable,
};

export const invoicing = {
  saveSettings: saveInvoicingSettingsCallable,
  draftFeeInvoice: draftFeeInvoiceCallable,
  draftCreditNote: draftCreditNoteCallable,
  updateDraft: updateInvoiceDraftCallable,
  deleteDraft: deleteInvoiceDraftCallable,
  validateInvoice: validateInvoiceCallable,
  recordPayment: recordInvoicePaymentCallable,
  sendInvoice: sendInvoiceCallable,
  saveAgentIdentity: saveAgentIdentityCallable,
  prepareCommissionInvoices: prepareCommissionInvoicesSchedule,
  onInvoiceWritten: onInvoiceWrittenTrigger,
};

export const discounts = {
  saveSettings: saveDiscountSettingsCallable,
};

export const signatures = {
  onRequestWritten: onRequestWrittenTrigger,
  openSigning: openSigningCallable,
  getDocument: getSigningDocumentCallable,
  sendCode: sendSigningCodeCallable,
  checkCode: checkSigningCodeCallable,
  sign: signCallable,
  decline: declineSigningCallable,
  remind: remindSignersCallable,
  cancel: cancelSignatureRequestCallable,
  expireRequests: expireRequestsSchedule,
  sendReminders: sendRemindersSchedule,
};

export const matching = {
  buyersForProperty: buyersForPropertyCallable,
  propertiesForBuyer: propertiesForBuyerCallable,
  contactBuyer: contactBuyerCallable,
  onSavedSearchWritten: onSavedSearchWrittenTrigger,
  onPropertyWritten: onPropertyWrittenTrigger,
};

export const agreements = {
  generateAgreement: generateAgreementCallable,
  advanceAgreement: advanceAgreementCallable,
};

export const estimations = {
  saveEstimation: saveEstimationCallable,
  deleteEstimation: deleteEstimationCallable,
  renderAppraisal: renderAppraisalCallable,
};

export const listings = {
  assign: assignListingCallable,
  setPublished: setPublishedCallable,
  removeDraft: removeDraftCallable,
  saveVisitReport: saveVisitReportCallable,
  onActionCreated: onActionCreatedTrigger,
  onPropertyWritten: onListingPropertyWrittenTrigger,
};

export const places = {
  travelTimes: travelTimesCallable,
};

export const catalogue = {
  onUnitWritten: onUnitWrittenTrigger,
  layoutImage: layoutImageHttp,
};

export const projects = {
  saveProject: saveProjectCallable,
  saveBuilding: saveBuildingCallable,
  saveUnit: saveUnitCallable,
  importUnits: importUnitsCallable,
  changePrices: changePricesCallable,
  removeUnitLayout: removeUnitLayoutCallable,
};

export const selling = {
  onAppointmentWritten: onSellerVisitSourceWrittenTrigger,
  onListingWritten: onSellerReportSourceWrittenTrigger,
  onMandateWritten: onSellerMandateSourceWrittenTrigger,
  onPropertyWritten: onSellerPropertyWrittenTrigger,
};
