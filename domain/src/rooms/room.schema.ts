import { z } from 'zod';
import { line } from '../shared/text';

export const ROOM_CAPACITY_MAX = 500;

/** What owner and admin type in Settings › Rooms. */
export const roomInputSchema = z.object({
  name: line(80),
  capacity: z
    .number({ message: 'a whole number' })
    .int({ message: 'a whole number' })
    .min(1, { message: 'at least 1' })
    .max(ROOM_CAPACITY_MAX, { message: `at most ${ROOM_CAPACITY_MAX}` })
    .nullable(),
});
export type RoomInput = z.infer<typeof roomInputSchema>;

/** `tenants/{tenantId}/rooms/{roomId}`: a meeting room meetings may book. Deactivated, never deleted. */
export const roomSchema = roomInputSchema.extend({
  id: z.string(),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Room = z.infer<typeof roomSchema>;
