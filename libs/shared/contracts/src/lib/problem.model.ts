/** A field that failed validation; `field` is a dotted path such as `region.municipality`. */
export interface FieldError {
  field: string;
  message: string;
  /** For errors in an uploaded table: the row, counted as a spreadsheet shows it (header = 1). */
  row?: number;
  /** A machine-readable reason clients can translate, e.g. `required`, `invalid_choice`. */
  code?: string;
}

/** Every error body of the API: RFC 9457 problem details. */
export interface ProblemDetails {
  /** A URI reference naming the kind of problem, e.g. `/problems/validation-error`. */
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Present on validation problems. */
  errors?: FieldError[];
  /**
   * On import-invalid problems: how many errors the file has; `errors` lists at most the
   * first 100.
   */
  errorCount?: number;
}

/** The problem types clients can rely on to show their own, translated message. */
export const PROBLEM_TYPES = {
  validation: '/problems/validation-error',
  badRequest: '/problems/bad-request',
  unauthorized: '/problems/unauthorized',
  forbidden: '/problems/forbidden',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  staleVersion: '/problems/stale-version',
  emailTaken: '/problems/email-taken',
  lastCoordinator: '/problems/last-coordinator',
  alreadyMember: '/problems/already-member',
  invitationExpired: '/problems/invitation-expired',
  invitationUsed: '/problems/invitation-used',
  invitationRevoked: '/problems/invitation-revoked',
  invitationForeign: '/problems/invitation-email-mismatch',
  tooManyAttempts: '/problems/too-many-attempts',
  payloadTooLarge: '/problems/payload-too-large',
  unsupportedMediaType: '/problems/unsupported-media-type',
  phasePrecondition: '/problems/phase-precondition',
  noSignatories: '/problems/no-signatories',
  noApprovers: '/problems/no-approvers',
  alreadyDecided: '/problems/already-decided',
  duplicateName: '/problems/duplicate-name',
  transitionPending: '/problems/transition-pending',
  frozenVersion: '/problems/frozen-version',
  phaseFinished: '/problems/phase-finished',
  invalidState: '/problems/invalid-state',
  alreadySigned: '/problems/already-signed',
  notRepresentative: '/problems/not-a-representative',
  importInvalid: '/problems/import-invalid',
  inUse: '/problems/in-use',
  internal: '/problems/internal-error',
  unavailable: '/problems/service-unavailable',
} as const;
export type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];
