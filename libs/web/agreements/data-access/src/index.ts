export { AgreementApi, type AgreementVersion } from './lib/agreement.api';
export { AgreementStore } from './lib/agreement.store';
export { VerificationApi, CONTENT_HASH_PATTERN } from './lib/verification.api';
/** Test data as the API sends it, for the specs of the agreement's libraries only. */
export * as agreementFixtures from './lib/testing/agreement-fixtures';
