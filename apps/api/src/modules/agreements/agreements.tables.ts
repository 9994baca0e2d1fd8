import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const AGREEMENT_TABLES: TableOwnership = {
  agreement_signatories: {},
  agreement_signatures: {},
  agreement_withdrawals: {},
};
