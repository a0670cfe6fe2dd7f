/** Region every function is deployed to; the web apps call callables there. */
export const FUNCTIONS_REGION = 'europe-west1';

/** Deployed callable names, `<capability>-<operation>`, as the apps call them. */
export const CALLABLES = {
  createTenant: 'tenancy-createTenant',
  requestAccess: 'team-requestAccess',
  decideAccess: 'team-decideAccess',
  changeRole: 'team-changeRole',
  setMemberActive: 'team-setMemberActive',
  transferOwnership: 'team-transferOwnership',
  inviteClient: 'contacts-inviteClient',
  confirmClientSpace: 'contacts-confirmClientSpace',
  requestPasswordReset: 'account-requestPasswordReset',
  saveTask: 'tasks-saveTask',
  completeTask: 'tasks-completeTask',
  deleteTask: 'tasks-deleteTask',
  saveContact: 'contacts-saveContact',
  convertProspect: 'contacts-convertProspect',
  mergeContacts: 'contacts-mergeContacts',
  importContacts: 'contacts-importContacts',
  requestDeletion: 'contacts-requestDeletion',
  declineDeletion: 'contacts-declineDeletion',
  eraseContact: 'contacts-eraseContact',
  saveTracfin: 'contacts-saveTracfin',
  setManager: 'team-setManager',
  saveProperty: 'properties-saveProperty',
  linkContact: 'pipeline-linkContact',
  movePhase: 'pipeline-movePhase',
  informContacts: 'pipeline-informContacts',
  rotateLeadsSecret: 'leads-rotateSecret',
} as const;
