import { travelTimesContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { readRouting } from '../lib/config';
import { osrmRouting } from './routing';
import { travelTimes } from './travel-times.handler';

export const travelTimesCallable = callable(travelTimesContract, (deps, caller, input) => {
  const routing = readRouting();
  return travelTimes({ ...deps, routing: routing ? osrmRouting(routing) : null }, caller, input);
});
