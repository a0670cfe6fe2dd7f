import { logConsultationContract, saveApplicationContract, setBankStatusContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { logConsultation } from './log-consultation.handler';
import { saveApplication } from './save-application.handler';
import { setBankStatus } from './set-bank-status.handler';

export const saveApplicationCallable = callable(saveApplicationContract, saveApplication);
export const setBankStatusCallable = callable(setBankStatusContract, setBankStatus);
export const logConsultationCallable = callable(logConsultationContract, logConsultation);
