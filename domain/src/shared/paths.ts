/**
 * Every Firestore and Storage path of the product is built here, never as a literal elsewhere.
 * The order follows docs/data-model.md.
 */
export const paths = {
  domain: (host: string) => `domains/${host}`,
  domains: () => 'domains',
  tenant: (tenantId: string) => `tenants/${tenantId}`,
  tenants: () => 'tenants',
  members: (tenantId: string) => `tenants/${tenantId}/members`,
  member: (tenantId: string, uid: string) => `tenants/${tenantId}/members/${uid}`,
  contacts: (tenantId: string) => `tenants/${tenantId}/contacts`,
  contact: (tenantId: string, contactId: string) => `tenants/${tenantId}/contacts/${contactId}`,
  history: (tenantId: string) => `tenants/${tenantId}/history`,
  historyEntry: (tenantId: string, entryId: string) => `tenants/${tenantId}/history/${entryId}`,
  tasks: (tenantId: string) => `tenants/${tenantId}/tasks`,
  task: (tenantId: string, taskId: string) => `tenants/${tenantId}/tasks/${taskId}`,
  rooms: (tenantId: string) => `tenants/${tenantId}/rooms`,
  room: (tenantId: string, roomId: string) => `tenants/${tenantId}/rooms/${roomId}`,
  /** Functions only: written by every booking of the room so concurrent bookings serialise. */
  roomBookingLock: (tenantId: string, roomId: string) => `tenants/${tenantId}/rooms/${roomId}/locks/booking`,
  mails: (tenantId: string) => `tenants/${tenantId}/mail`,
  mail: (tenantId: string, mailId: string) => `tenants/${tenantId}/mail/${mailId}`,
  userUploads: (tenantId: string, uid: string) => `tenants/${tenantId}/uploads/${uid}`,
} as const;
