import { renderAppraisalContract } from '@estate/domain';
import { bucketFileStore } from '../files/file-store';
import { callable } from '../lib/callable';
import type { Deps } from '../lib/deps';
import { renderAppraisal } from './render-appraisal.handler';

export const renderAppraisalCallable = callable(renderAppraisalContract, (deps: Deps, caller, input) =>
  renderAppraisal({ ...deps, files: bucketFileStore() }, caller, input),
);
