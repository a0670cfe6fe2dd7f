import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { chatMessageSchema, chatThreadSchema } from './chat.schema';

export const chatThreadModel = defineModel({ kind: 'chat thread', schema: chatThreadSchema, path: paths.thread });
export const chatMessageModel = defineModel({
  kind: 'chat message',
  schema: chatMessageSchema,
  path: paths.threadMessage,
});
