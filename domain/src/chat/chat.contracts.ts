import { defineCallable } from '../shared/contract';
import { replyToThreadInputSchema, replyToThreadResultSchema } from './chat.schema';

/**
 * An agent's reply: the collaborators who see the thread's contact write in its thread (a general
 * thread is opened when missing). The message is then counted and mailed by chat-onMessageCreated,
 * the same way as a client's.
 */
export const replyToThreadContract = defineCallable({
  name: 'chat-replyToThread',
  access: 'signed-in',
  input: replyToThreadInputSchema,
  output: replyToThreadResultSchema,
  refusals: [
    'not-staff',
    'actor-not-active',
    'not-collaborator',
    'thread-not-found',
    'contact-not-found',
    'message-exists',
    'attachment-path',
  ],
});
