import { describe, expect, it } from 'vitest';
import {
  completeTaskInputSchema,
  findRoomConflict,
  intervalsOverlap,
  isOverdue,
  saveTaskInputSchema,
  type Task,
} from './task.schema';
import { roomInputSchema } from '../rooms/room.schema';

const meeting = {
  taskId: null,
  type: 'meeting',
  title: 'Signing at the notary',
  dueAt: '2026-03-02T09:00:00.000Z',
  endAt: '2026-03-02T10:00:00.000Z',
  assigneeUid: 'alex',
  subject: { kind: 'contact', id: 'anna', label: 'Anna Karenina' },
  project: '',
  text: '',
  roomId: 'blue',
};

const at = (iso: string) => new Date(iso);

describe('saveTaskInputSchema', () => {
  it('accepts a meeting and turns its ISO strings into dates', () => {
    const parsed = saveTaskInputSchema.parse(meeting);
    expect(parsed.dueAt).toEqual(at('2026-03-02T09:00:00Z'));
    expect(parsed.endAt).toEqual(at('2026-03-02T10:00:00Z'));
  });

  it('accepts a call without an end, about nothing in particular', () => {
    const call = {
      ...meeting,
      type: 'call',
      endAt: null,
      roomId: null,
      subject: { kind: 'none', id: null, label: '' },
    };
    expect(saveTaskInputSchema.safeParse(call).success).toBe(true);
  });

  it.each([
    ['a meeting without an end', { endAt: null }, 'endAt'],
    ['a meeting ending at its start', { endAt: '2026-03-02T09:00:00.000Z' }, 'endAt'],
    ['a meeting ending before its start', { endAt: '2026-03-02T08:00:00.000Z' }, 'endAt'],
    ['a call with an end', { type: 'call', roomId: null }, 'endAt'],
    ['a task booking a room', { type: 'task', endAt: null }, 'roomId'],
    ['an empty title', { title: ' ' }, 'title'],
    ['a date that is not ISO', { dueAt: 'tomorrow' }, 'dueAt'],
    ['a contact subject without an id', { subject: { kind: 'contact', id: null, label: '' } }, 'subject.id'],
    ['a "none" subject with an id', { subject: { kind: 'none', id: 'anna', label: '' } }, 'subject.id'],
    ['an unknown type', { type: 'lunch' }, 'type'],
    ['a text over 5000 characters', { text: 'x'.repeat(5001) }, 'text'],
  ])('refuses %s', (_label, change, field) => {
    const result = saveTaskInputSchema.safeParse({ ...meeting, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('completion needs a task id and a bounded result', () => {
    expect(completeTaskInputSchema.safeParse({ taskId: 't1', result: 'Signed.' }).success).toBe(true);
    expect(completeTaskInputSchema.safeParse({ taskId: 't1', result: 'x'.repeat(5001) }).success).toBe(false);
  });
});

describe('room bookings', () => {
  const booked = (id: string, start: string, end: string, changes: Partial<Task> = {}) => ({
    id,
    title: id,
    type: 'meeting' as const,
    status: 'open' as const,
    roomId: 'blue',
    dueAt: at(start),
    endAt: at(end),
    ...changes,
  });

  it('half-open intervals: touching meetings do not overlap', () => {
    const nine = { start: at('2026-03-02T09:00:00Z'), end: at('2026-03-02T10:00:00Z') };
    expect(intervalsOverlap(nine, { start: at('2026-03-02T10:00:00Z'), end: at('2026-03-02T11:00:00Z') })).toBe(false);
    expect(intervalsOverlap(nine, { start: at('2026-03-02T09:59:00Z'), end: at('2026-03-02T11:00:00Z') })).toBe(true);
    expect(intervalsOverlap(nine, { start: at('2026-03-02T09:15:00Z'), end: at('2026-03-02T09:30:00Z') })).toBe(true);
  });

  it('finds an open meeting of the same room overlapping, but not itself, a done one or another room', () => {
    const candidate = {
      id: 'mine',
      roomId: 'blue',
      dueAt: at('2026-03-02T09:30:00Z'),
      endAt: at('2026-03-02T10:30:00Z'),
    };
    expect(findRoomConflict(candidate, [booked('mine', '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z')])).toBeNull();
    expect(
      findRoomConflict(candidate, [
        booked('done', '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z', { status: 'done' }),
        booked('red', '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z', { roomId: 'red' }),
        booked('before', '2026-03-02T08:00:00Z', '2026-03-02T09:30:00Z'),
      ]),
    ).toBeNull();
    expect(findRoomConflict(candidate, [booked('other', '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z')])?.id).toBe(
      'other',
    );
    expect(
      findRoomConflict({ ...candidate, roomId: null }, [booked('x', '2026-03-02T09:00:00Z', '2026-03-02T11:00:00Z')]),
    ).toBeNull();
  });

  it('an open task past its due time is overdue; a done one never is', () => {
    const now = at('2026-03-02T12:00:00Z');
    expect(isOverdue({ status: 'open', dueAt: at('2026-03-02T11:00:00Z') }, now)).toBe(true);
    expect(isOverdue({ status: 'done', dueAt: at('2026-03-02T11:00:00Z') }, now)).toBe(false);
    expect(isOverdue({ status: 'open', dueAt: at('2026-03-02T13:00:00Z') }, now)).toBe(false);
  });
});

describe('roomInputSchema', () => {
  it('accepts a room with or without a capacity', () => {
    expect(roomInputSchema.safeParse({ name: 'Salle bleue', capacity: 8 }).success).toBe(true);
    expect(roomInputSchema.safeParse({ name: 'Salle bleue', capacity: null }).success).toBe(true);
  });

  it.each([
    ['an empty name', { name: '', capacity: 8 }],
    ['a capacity of 0', { name: 'A', capacity: 0 }],
    ['a fractional capacity', { name: 'A', capacity: 2.5 }],
    ['a capacity over 500', { name: 'A', capacity: 501 }],
  ])('refuses %s', (_label, room) => {
    expect(roomInputSchema.safeParse(room).success).toBe(false);
  });
});
