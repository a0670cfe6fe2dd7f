import { transferOwnershipContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { transferOwnership } from './transfer-ownership.handler';

export const transferOwnershipCallable = callable(transferOwnershipContract, transferOwnership);
