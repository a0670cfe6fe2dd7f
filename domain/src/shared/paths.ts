/**
 * Every Firestore and Storage path of the product is built here, never as a literal elsewhere.
 * The order follows docs/data-model.md.
 */
export const paths = {
  domain: (host: string) => `domains/${host}`,
  domains: () => 'domains',
  tenant: (tenantId: string) => `tenants/${tenantId}`,
  tenants: () => 'tenants',
  /** Functions only: a quota counter (domain/src/shared/quotas.ts), keyed by scope, hashed subject and window. */
  quota: (key: string) => `quotas/${key}`,
  members: (tenantId: string) => `tenants/${tenantId}/members`,
  member: (tenantId: string, uid: string) => `tenants/${tenantId}/members/${uid}`,
  contacts: (tenantId: string) => `tenants/${tenantId}/contacts`,
  contact: (tenantId: string, contactId: string) => `tenants/${tenantId}/contacts/${contactId}`,
  signatories: (tenantId: string, contactId: string) => `tenants/${tenantId}/contacts/${contactId}/signatories`,
  signatory: (tenantId: string, contactId: string, signatoryId: string) =>
    `tenants/${tenantId}/contacts/${contactId}/signatories/${signatoryId}`,
  contactDocuments: (tenantId: string, contactId: string) => `tenants/${tenantId}/contacts/${contactId}/documents`,
  contactDocument: (tenantId: string, contactId: string, documentId: string) =>
    `tenants/${tenantId}/contacts/${contactId}/documents/${documentId}`,
  notes: (tenantId: string, contactId: string) => `tenants/${tenantId}/contacts/${contactId}/notes`,
  note: (tenantId: string, contactId: string, noteId: string) =>
    `tenants/${tenantId}/contacts/${contactId}/notes/${noteId}`,
  /** Buyer files: `questionnaire`, `saved-search`, `tracfin`. */
  buyerFile: (tenantId: string, contactId: string, file: 'questionnaire' | 'saved-search' | 'tracfin') =>
    `tenants/${tenantId}/contacts/${contactId}/buyer/${file}`,
  contactsSettings: (tenantId: string) => `tenants/${tenantId}/settings/contacts`,
  pipelineSettings: (tenantId: string) => `tenants/${tenantId}/settings/pipeline`,
  autoResponderSettings: (tenantId: string) => `tenants/${tenantId}/settings/auto-responder`,
  /** Functions only (owner and admin read it): the secret portals send with their leads. */
  leadsSecret: (tenantId: string) => `tenants/${tenantId}/secrets/leads`,
  erasures: (tenantId: string) => `tenants/${tenantId}/erasures`,
  erasure: (tenantId: string, erasureId: string) => `tenants/${tenantId}/erasures/${erasureId}`,
  erasedContacts: (tenantId: string) => `tenants/${tenantId}/erasedContacts`,
  /** Functions only: the mark an erased contact leaves, written with its deletion (contacts-eraseContact). */
  erasedContact: (tenantId: string, contactId: string) => `tenants/${tenantId}/erasedContacts/${contactId}`,
  /** Functions only: written by every write adding emails or phones to contacts, so duplicate checks serialise. */
  contactsLock: (tenantId: string) => `tenants/${tenantId}/locks/contacts`,
  properties: (tenantId: string) => `tenants/${tenantId}/properties`,
  property: (tenantId: string, propertyId: string) => `tenants/${tenantId}/properties/${propertyId}`,
  propertyDocuments: (tenantId: string, propertyId: string) => `tenants/${tenantId}/properties/${propertyId}/documents`,
  propertyDocument: (tenantId: string, propertyId: string, documentId: string) =>
    `tenants/${tenantId}/properties/${propertyId}/documents/${documentId}`,
  /** A property's estimations: collaborators read them, estimations-saveEstimation writes them, clients never. */
  estimations: (tenantId: string, propertyId: string) => `tenants/${tenantId}/properties/${propertyId}/estimations`,
  estimation: (tenantId: string, propertyId: string, estimationId: string) =>
    `tenants/${tenantId}/properties/${propertyId}/estimations/${estimationId}`,
  /** Functions only: the counter behind property references. */
  propertyCounter: (tenantId: string) => `tenants/${tenantId}/counters/properties`,
  /** Functions only: a buyer's saved search as matching queries it (matching-onSavedSearchWritten). */
  matchSearches: (tenantId: string) => `tenants/${tenantId}/matchSearches`,
  matchSearch: (tenantId: string, contactId: string) => `tenants/${tenantId}/matchSearches/${contactId}`,
  /** Functions only: a property on the market as matching queries it (matching-onPropertyWritten). */
  matchListings: (tenantId: string) => `tenants/${tenantId}/matchListings`,
  matchListing: (tenantId: string, propertyId: string) => `tenants/${tenantId}/matchListings/${propertyId}`,
  interests: (tenantId: string) => `tenants/${tenantId}/interests`,
  interest: (tenantId: string, interestId: string) => `tenants/${tenantId}/interests/${interestId}`,
  leads: (tenantId: string) => `tenants/${tenantId}/leads`,
  lead: (tenantId: string, leadId: string) => `tenants/${tenantId}/leads/${leadId}`,
  mailTemplates: (tenantId: string) => `tenants/${tenantId}/mailTemplates`,
  mailTemplate: (tenantId: string, templateId: string) => `tenants/${tenantId}/mailTemplates/${templateId}`,
  history: (tenantId: string) => `tenants/${tenantId}/history`,
  /** A contact's copy of the history entries naming it, kept by history-onEntryWritten (read by the client file). */
  contactHistory: (tenantId: string, contactId: string) => `tenants/${tenantId}/contacts/${contactId}/history`,
  contactHistoryEntry: (tenantId: string, contactId: string, entryId: string) =>
    `tenants/${tenantId}/contacts/${contactId}/history/${entryId}`,
  /** What a client reads of its own contact, kept by contacts-onContactWritten. */
  clientProfile: (tenantId: string, contactId: string) => `tenants/${tenantId}/clientProfiles/${contactId}`,
  /** What a client chose in their account (optional mails), written by the client. */
  clientPreferences: (tenantId: string, contactId: string) => `tenants/${tenantId}/clientPreferences/${contactId}`,
  /** A client's points of interest, `{contactId}_{slot}` (clientPlaceId), written by the client or their agent. */
  clientPlaces: (tenantId: string) => `tenants/${tenantId}/clientPlaces`,
  clientPlace: (tenantId: string, placeId: string) => `tenants/${tenantId}/clientPlaces/${placeId}`,
  /** New-build inventory (domain/src/projects): construction projects, their buildings and units, flat. */
  projects: (tenantId: string) => `tenants/${tenantId}/projects`,
  project: (tenantId: string, projectId: string) => `tenants/${tenantId}/projects/${projectId}`,
  buildings: (tenantId: string) => `tenants/${tenantId}/buildings`,
  building: (tenantId: string, buildingId: string) => `tenants/${tenantId}/buildings/${buildingId}`,
  units: (tenantId: string) => `tenants/${tenantId}/units`,
  unit: (tenantId: string, unitId: string) => `tenants/${tenantId}/units/${unitId}`,
  /** A unit's history: price and status changes, each written once by the projects functions. */
  unitHistory: (tenantId: string, unitId: string) => `tenants/${tenantId}/units/${unitId}/history`,
  unitHistoryEntry: (tenantId: string, unitId: string, entryId: string) =>
    `tenants/${tenantId}/units/${unitId}/history/${entryId}`,
  /** The public catalogue's projection of units (domain/src/catalogue), written by projects-onUnitWritten. */
  catalogueUnits: (tenantId: string) => `tenants/${tenantId}/catalogueUnits`,
  catalogueUnit: (tenantId: string, unitId: string) => `tenants/${tenantId}/catalogueUnits/${unitId}`,
  /** Functions only: reservations of units and their waiting queues (domain/src/reservations). */
  reservations: (tenantId: string) => `tenants/${tenantId}/reservations`,
  reservation: (tenantId: string, reservationId: string) => `tenants/${tenantId}/reservations/${reservationId}`,
  /** Functions only: a unit's waiting queue, in order (serialises joins and promotions). */
  reservationQueue: (tenantId: string, unitId: string) => `tenants/${tenantId}/reservationQueues/${unitId}`,
  /** Functions only: a client's active and queued reservations (serialises the per-client limit). */
  reservationClient: (tenantId: string, contactId: string) => `tenants/${tenantId}/reservationClients/${contactId}`,
  reservationSettings: (tenantId: string) => `tenants/${tenantId}/settings/reservations`,
  /** Functions only: requests for actions beyond a manager's limits (domain/src/approvals). */
  approvals: (tenantId: string) => `tenants/${tenantId}/approvals`,
  approval: (tenantId: string, approvalId: string) => `tenants/${tenantId}/approvals/${approvalId}`,
  /** Functions only: booking offers of units, paid ones fixing the price (domain/src/bookings). */
  bookings: (tenantId: string) => `tenants/${tenantId}/bookings`,
  booking: (tenantId: string, bookingId: string) => `tenants/${tenantId}/bookings/${bookingId}`,
  /** Functions only: mortgage and consumer-credit applications and their banks (domain/src/financing). */
  financingApplications: (tenantId: string) => `tenants/${tenantId}/financingApplications`,
  financingApplication: (tenantId: string, applicationId: string) =>
    `tenants/${tenantId}/financingApplications/${applicationId}`,
  /** Functions only: the applications counted per bank × status, kept with each application's change. */
  financingReport: (tenantId: string) => `tenants/${tenantId}/financingReports/byBank`,
  /** Functions only: the largest discount a manager grants alone on an offer (domain/src/discounts). */
  discountSettings: (tenantId: string) => `tenants/${tenantId}/settings/discounts`,
  /** New-build promotions and instalment plans (domain/src/promotions), written by owner, admin and managers. */
  promotions: (tenantId: string) => `tenants/${tenantId}/promotions`,
  promotion: (tenantId: string, promotionId: string) => `tenants/${tenantId}/promotions/${promotionId}`,
  instalmentPlans: (tenantId: string) => `tenants/${tenantId}/instalmentPlans`,
  instalmentPlan: (tenantId: string, planId: string) => `tenants/${tenantId}/instalmentPlans/${planId}`,
  /** Advertising channels and their monthly costs (domain/src/marketing), written by marketing-saveChannel. */
  marketingChannels: (tenantId: string) => `tenants/${tenantId}/marketingChannels`,
  marketingChannel: (tenantId: string, channelId: string) => `tenants/${tenantId}/marketingChannels/${channelId}`,
  /** Functions only: a month's report figures (`YYYY-MM`), kept by the marketing triggers. */
  reportCounters: (tenantId: string) => `tenants/${tenantId}/reportCounters`,
  reportCounter: (tenantId: string, month: string) => `tenants/${tenantId}/reportCounters/${month}`,
  /** Functions only: the events already counted (`contact-<id>`, `reservation-<id>-<status>`, `booking-<id>-paid`). */
  reportEvent: (tenantId: string, eventKey: string) => `tenants/${tenantId}/reportEvents/${eventKey}`,
  /** A developer's signatories and their powers of attorney (domain/src/agreements), written by owner and admin. */
  developerSignatories: (tenantId: string) => `tenants/${tenantId}/signatories`,
  developerSignatory: (tenantId: string, signatoryId: string) => `tenants/${tenantId}/signatories/${signatoryId}`,
  /** A tenant's own text of one kind of agreement (`ddu`, `dkp`, `dupt`), written by owner, admin and managers. */
  agreementTemplates: (tenantId: string) => `tenants/${tenantId}/agreementTemplates`,
  agreementTemplate: (tenantId: string, kind: string) => `tenants/${tenantId}/agreementTemplates/${kind}`,
  /** Functions only: agreements generated for bookings (domain/src/agreements), and their PDFs in Storage. */
  agreements: (tenantId: string) => `tenants/${tenantId}/agreements`,
  agreement: (tenantId: string, agreementId: string) => `tenants/${tenantId}/agreements/${agreementId}`,
  /** Storage: an agreement's PDF, one per rendering (a draft rendered again gets a new file, then the old goes). */
  agreementFile: (tenantId: string, agreementId: string, renderId: string) =>
    `tenants/${tenantId}/agreements/${agreementId}/${renderId}.pdf`,
  agreementFilesPrefix: (tenantId: string, agreementId: string) => `tenants/${tenantId}/agreements/${agreementId}/`,
  /** A booking as agreements read it (BookingTerms, until the bookings capability's own path is merged). */
  bookingTermsCollection: (tenantId: string) => `tenants/${tenantId}/bookings`,
  bookingTerms: (tenantId: string, bookingId: string) => `tenants/${tenantId}/bookings/${bookingId}`,
  sharedDocuments: (tenantId: string) => `tenants/${tenantId}/sharedDocuments`,
  /** A document shared with a client: `{contactId}_{documentId}` (sharedDocumentId). */
  sharedDocument: (tenantId: string, sharedId: string) => `tenants/${tenantId}/sharedDocuments/${sharedId}`,
  /** Functions only (but each side's read marker): a chat thread per client and listing, or general. */
  threads: (tenantId: string) => `tenants/${tenantId}/threads`,
  thread: (tenantId: string, threadId: string) => `tenants/${tenantId}/threads/${threadId}`,
  threadMessages: (tenantId: string, threadId: string) => `tenants/${tenantId}/threads/${threadId}/messages`,
  threadMessage: (tenantId: string, threadId: string, messageId: string) =>
    `tenants/${tenantId}/threads/${threadId}/messages/${messageId}`,
  historyEntry: (tenantId: string, entryId: string) => `tenants/${tenantId}/history/${entryId}`,
  /** A property proposed to one client (`{contactId}_{propertyId}`), written by the listings-* functions. */
  clientListings: (tenantId: string) => `tenants/${tenantId}/clientListings`,
  clientListing: (tenantId: string, listingId: string) => `tenants/${tenantId}/clientListings/${listingId}`,
  /** What a client did on a listing, written by the client, applied by listings-onActionCreated. */
  listingActions: (tenantId: string) => `tenants/${tenantId}/listingActions`,
  listingAction: (tenantId: string, actionId: string) => `tenants/${tenantId}/listingActions/${actionId}`,
  tasks: (tenantId: string) => `tenants/${tenantId}/tasks`,
  task: (tenantId: string, taskId: string) => `tenants/${tenantId}/tasks/${taskId}`,
  /** Appointments of agents with clients (domain/src/appointments), written by the appointments-* callables. */
  appointments: (tenantId: string) => `tenants/${tenantId}/appointments`,
  appointment: (tenantId: string, appointmentId: string) => `tenants/${tenantId}/appointments/${appointmentId}`,
  /** A client's request to change an appointment, written by the client (the rules check it). */
  appointmentRequests: (tenantId: string) => `tenants/${tenantId}/appointmentRequests`,
  appointmentRequest: (tenantId: string, requestId: string) => `tenants/${tenantId}/appointmentRequests/${requestId}`,
  rooms: (tenantId: string) => `tenants/${tenantId}/rooms`,
  room: (tenantId: string, roomId: string) => `tenants/${tenantId}/rooms/${roomId}`,
  /** Functions only: written by every booking of the room so concurrent bookings serialise. */
  roomBookingLock: (tenantId: string, roomId: string) => `tenants/${tenantId}/rooms/${roomId}/locks/booking`,
  mails: (tenantId: string) => `tenants/${tenantId}/mail`,
  mail: (tenantId: string, mailId: string) => `tenants/${tenantId}/mail/${mailId}`,
  signatureRequests: (tenantId: string) => `tenants/${tenantId}/signatureRequests`,
  /** Functions only: a document sent for the built-in electronic signature (domain/src/signatures). */
  signatureRequest: (tenantId: string, requestId: string) => `tenants/${tenantId}/signatureRequests/${requestId}`,
  /**
   * Functions only: a property's mandates (domain/src/mandates), numbered in the register when first sent;
   * `propertyId` and `status` also tell whether a property may be deleted (properties-deleteProperty).
   */
  mandates: (tenantId: string) => `tenants/${tenantId}/mandates`,
  mandate: (tenantId: string, mandateId: string) => `tenants/${tenantId}/mandates/${mandateId}`,
  /** Functions only: mandates' amendments ("avenants"), each naming its mandate (`mandateId`). */
  amendments: (tenantId: string) => `tenants/${tenantId}/amendments`,
  amendment: (tenantId: string, amendmentId: string) => `tenants/${tenantId}/amendments/${amendmentId}`,
  /** Functions only, never deleted: the register of mandates, one line per number. */
  mandateRegister: (tenantId: string) => `tenants/${tenantId}/mandateRegister`,
  mandateRegisterLine: (tenantId: string, lineId: string) => `tenants/${tenantId}/mandateRegister/${lineId}`,
  /** Functions only: the last register number given. */
  mandateCounter: (tenantId: string) => `tenants/${tenantId}/counters/mandates`,
  /** Functions only: held by the run numbering the waiting mandates, so a burst does not contend on the counter. */
  mandateNumberingLease: (tenantId: string) => `tenants/${tenantId}/counters/mandatesNumbering`,
  /** Functions only: deals, from the accepted offer to the collected fees (domain/src/deals). */
  deals: (tenantId: string) => `tenants/${tenantId}/deals`,
  deal: (tenantId: string, dealId: string) => `tenants/${tenantId}/deals/${dealId}`,
  /** Functions only: the commission plans and the default one (domain/src/commissions). */
  commissionSettings: (tenantId: string) => `tenants/${tenantId}/settings/commissions`,
  commissionAgents: (tenantId: string) => `tenants/${tenantId}/commissionAgents`,
  /** Functions only: a collaborator's plan and its history. */
  commissionAgent: (tenantId: string, uid: string) => `tenants/${tenantId}/commissionAgents/${uid}`,
  /** Functions only: an agent's fees collected in a year (`commissionTurnoverId`), which the tiers read. */
  commissionTurnover: (tenantId: string, turnoverId: string) => `tenants/${tenantId}/commissionTurnovers/${turnoverId}`,
  /** Settings › Invoicing: the agency as its invoices name it, and its payment terms. */
  invoicingSettings: (tenantId: string) => `tenants/${tenantId}/settings/invoicing`,
  /** Functions only: the payments recorded against invoices, the payments journal. */
  invoicePayments: (tenantId: string) => `tenants/${tenantId}/invoicePayments`,
  invoicePayment: (tenantId: string, paymentId: string) => `tenants/${tenantId}/invoicePayments/${paymentId}`,
  /** An agent's identity on the commission invoices issued in their name (self-billing). */
  agentInvoicing: (tenantId: string, uid: string) => `tenants/${tenantId}/agentInvoicing/${uid}`,
  /** Storage: an invoice's PDF (Factur-X for a business customer), rendered once it has its number. */
  invoiceFile: (tenantId: string, invoiceId: string, file: string) =>
    `tenants/${tenantId}/invoices/${invoiceId}/${file}`,
  /** Functions only: invoices and credit notes (domain/src/invoicing). */
  invoices: (tenantId: string) => `tenants/${tenantId}/invoices`,
  invoice: (tenantId: string, invoiceId: string) => `tenants/${tenantId}/invoices/${invoiceId}`,
  /** Functions only: the last number given in a series (`invoiceSeriesId`: issuer, kind, year). */
  invoiceCounter: (tenantId: string, seriesId: string) => `tenants/${tenantId}/invoiceCounters/${seriesId}`,
  /** Functions only: held by the run numbering a series' waiting invoices. */
  invoiceNumberingLease: (tenantId: string, seriesId: string) =>
    `tenants/${tenantId}/invoiceCounters/${seriesId}/leases/numbering`,
  /** Storage: a mandate's PDF as sent, one per sending (`{file}` names the attempt and its digest). */
  mandateFile: (tenantId: string, mandateId: string, file: string) =>
    `tenants/${tenantId}/mandates/${mandateId}/${file}`,
  /** Storage: an amendment's PDF as sent. */
  amendmentFile: (tenantId: string, mandateId: string, amendmentId: string, file: string) =>
    `tenants/${tenantId}/mandates/${mandateId}/amendments/${amendmentId}/${file}`,
  /** Functions only: purchase offers and their counters (domain/src/offers). */
  offers: (tenantId: string) => `tenants/${tenantId}/offers`,
  offer: (tenantId: string, offerId: string) => `tenants/${tenantId}/offers/${offerId}`,
  /** Functions only: what a seller reads of an offer on their property (no buyer identity). */
  sellerOffers: (tenantId: string) => `tenants/${tenantId}/sellerOffers`,
  sellerOffer: (tenantId: string, offerId: string) => `tenants/${tenantId}/sellerOffers/${offerId}`,
  /** Functions only: a property as its sellers read it (domain/src/selling). */
  sellerProperties: (tenantId: string) => `tenants/${tenantId}/sellerProperties`,
  sellerProperty: (tenantId: string, propertyId: string) => `tenants/${tenantId}/sellerProperties/${propertyId}`,
  /** Functions only: a property's visits done, reports and mandates as its sellers read them (no buyer identity). */
  sellerActivity: (tenantId: string) => `tenants/${tenantId}/sellerActivity`,
  sellerActivityItem: (tenantId: string, activityId: string) => `tenants/${tenantId}/sellerActivity/${activityId}`,
  /** Storage: an offer's PDF as sent for signature (`{file}` carries its digest). */
  offerFile: (tenantId: string, offerId: string, file: string) => `tenants/${tenantId}/offers/${offerId}/${file}`,
  /** Functions only: a signer's code (salted hash, expiry, tries), `{requestId}_{signerId}`. */
  signatureSecret: (tenantId: string, secretId: string) => `tenants/${tenantId}/signatureSecrets/${secretId}`,
  /** Functions only: a signing link, keyed by the SHA-256 of its token (the token is never stored). */
  signatureToken: (tokenHash: string) => `signatureTokens/${tokenHash}`,
  /** Storage: what the signatures capability stores for a request (signature images, stamped and signed PDFs). */
  signatureFile: (tenantId: string, requestId: string, fileName: string) =>
    `tenants/${tenantId}/signatures/${requestId}/${fileName}`,
  /** Storage: a contact's document file, `contacts/{contactId}/{documentId}/{fileName}`. */
  contactDocumentFile: (tenantId: string, contactId: string, documentId: string, fileName: string) =>
    `tenants/${tenantId}/contacts/${contactId}/${documentId}/${fileName}`,
  /** Storage: a file sent with a chat message, `threads/{threadId}/{messageId}/{attachmentId}/{fileName}`. */
  chatAttachmentFile: (tenantId: string, threadId: string, messageId: string, attachmentId: string, fileName: string) =>
    `tenants/${tenantId}/threads/${threadId}/${messageId}/${attachmentId}/${fileName}`,
  /** Storage: every attachment of a chat thread (what the contact's erasure removes). */
  chatThreadFilesPrefix: (tenantId: string, threadId: string) => `tenants/${tenantId}/threads/${threadId}/`,
  /** Storage: every file of a contact (what an erasure removes). */
  contactFilesPrefix: (tenantId: string, contactId: string) => `tenants/${tenantId}/contacts/${contactId}/`,
  /** Storage: a property photo as uploaded (resized by the browser), `properties/{id}/photos/{photoId}/original`. */
  propertyPhotoOriginal: (tenantId: string, propertyId: string, photoId: string) =>
    `tenants/${tenantId}/properties/${propertyId}/photos/${photoId}/original`,
  /** Storage: a photo's thumbnail made by files-checkUpload (`small`: 400 px, `large`: 1200 px, WebP). */
  propertyPhotoThumbnail: (tenantId: string, propertyId: string, photoId: string, size: 'small' | 'large') =>
    `tenants/${tenantId}/properties/${propertyId}/photos/${photoId}/${size}.webp`,
  /** Storage: a property document's file, `properties/{id}/documents/{documentId}/{fileName}`. */
  propertyDocumentFile: (tenantId: string, propertyId: string, documentId: string, fileName: string) =>
    `tenants/${tenantId}/properties/${propertyId}/documents/${documentId}/${fileName}`,
  /** Storage: every file of a property (what its deletion removes). */
  /** Functions only: an estimation's appraisal PDF, under the property's files (deleted with them). */
  appraisalFile: (tenantId: string, propertyId: string, estimationId: string) =>
    `tenants/${tenantId}/properties/${propertyId}/estimations/${estimationId}/appraisal.pdf`,
  propertyFilesPrefix: (tenantId: string, propertyId: string) => `tenants/${tenantId}/properties/${propertyId}/`,
  /** Storage: a unit's layout as uploaded, `units/{id}/layouts/{layoutId}/original` (any of UNIT_LAYOUT_TYPES). */
  unitLayoutOriginal: (tenantId: string, unitId: string, layoutId: string) =>
    `tenants/${tenantId}/units/${unitId}/layouts/${layoutId}/original`,
  /** Storage: the layout rendered by files-checkUpload (WebP), what the card and the catalogue show. */
  unitLayoutImage: (tenantId: string, unitId: string, layoutId: string) =>
    `tenants/${tenantId}/units/${unitId}/layouts/${layoutId}/image.webp`,
} as const;
