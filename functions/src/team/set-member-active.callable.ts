import { setMemberActiveInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { setMemberActive } from './set-member-active.handler';

export const setMemberActiveCallable = callable('team-setMemberActive', setMemberActiveInputSchema, setMemberActive);
