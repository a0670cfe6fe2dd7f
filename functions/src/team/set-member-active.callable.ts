import { setMemberActiveContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { setMemberActive } from './set-member-active.handler';

export const setMemberActiveCallable = callable(setMemberActiveContract, setMemberActive);
