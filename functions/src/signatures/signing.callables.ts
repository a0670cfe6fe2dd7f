import {
  cancelSignatureRequestContract,
  checkSigningCodeContract,
  declineSigningContract,
  getSigningDocumentContract,
  openSigningContract,
  remindSignersContract,
  sendSigningCodeContract,
  signContract,
} from '@estate/domain';
import { callable } from '../lib/callable';
import { cancelRequest, remindNow } from './manage-request.handlers';
import { bucketSignatureFiles } from './signature-files';
import {
  checkSigningCode,
  declineSigning,
  getSigningDocument,
  openSigning,
  sendSigningCode,
  sign,
} from './signing.handlers';

export const openSigningCallable = callable(openSigningContract, (deps, _caller, input, meta) =>
  openSigning(deps, input.token, meta),
);

export const getSigningDocumentCallable = callable(getSigningDocumentContract, (deps, _caller, input, meta) =>
  getSigningDocument({ ...deps, files: bucketSignatureFiles() }, input.token, meta),
);

export const sendSigningCodeCallable = callable(sendSigningCodeContract, (deps, _caller, input, meta) =>
  sendSigningCode(deps, input.token, meta),
);

export const checkSigningCodeCallable = callable(checkSigningCodeContract, (deps, _caller, input, meta) =>
  checkSigningCode(deps, input, meta),
);

export const signCallable = callable(signContract, (deps, _caller, input, meta) =>
  sign({ ...deps, files: bucketSignatureFiles() }, input, meta),
);

export const declineSigningCallable = callable(declineSigningContract, (deps, _caller, input, meta) =>
  declineSigning(deps, input, meta),
);

export const remindSignersCallable = callable(remindSignersContract, (deps, caller, input) =>
  remindNow(deps, caller, input.requestId),
);

export const cancelSignatureRequestCallable = callable(cancelSignatureRequestContract, (deps, caller, input) =>
  cancelRequest(deps, caller, input),
);
