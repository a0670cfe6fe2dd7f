import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { roomSchema } from './room.schema';

export const roomModel = defineModel({ kind: 'room', schema: roomSchema, path: paths.room });
