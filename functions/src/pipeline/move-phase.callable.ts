import { CALLABLES, movePhaseInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { movePhase } from './move-phase.handler';

export const movePhaseCallable = callable(CALLABLES.movePhase, movePhaseInputSchema, movePhase);
