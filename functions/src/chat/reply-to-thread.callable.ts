import { replyToThreadContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { replyToThread } from './reply-to-thread.handler';

export const replyToThreadCallable = callable(replyToThreadContract, replyToThread);
