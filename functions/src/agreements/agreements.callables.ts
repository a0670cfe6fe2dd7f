import { advanceAgreementContract, generateAgreementContract } from '@estate/domain';
import { bucketFileStore } from '../files/file-store';
import { callable } from '../lib/callable';
import type { Deps } from '../lib/deps';
import { advanceAgreement } from './advance-agreement.handler';
import { generateAgreement } from './generate-agreement.handler';

export const generateAgreementCallable = callable(generateAgreementContract, (deps: Deps, caller, input) =>
  generateAgreement({ ...deps, files: bucketFileStore() }, caller, input),
);
export const advanceAgreementCallable = callable(advanceAgreementContract, advanceAgreement);
