import { movePhaseContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { movePhase } from './move-phase.handler';

export const movePhaseCallable = callable(movePhaseContract, movePhase);
