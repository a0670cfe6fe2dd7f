import type { Task } from '@estate/domain';
import type { DatesSetArg, EventClickArg, EventInput } from '@fullcalendar/core';
import enLocale from '@fullcalendar/core/locales/en-gb';
import frLocale from '@fullcalendar/core/locales/fr';
import ruLocale from '@fullcalendar/core/locales/ru';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Box } from '@mantine/core';
import { isOverdue } from '@estate/domain';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';

const LOCALES = { fr: frLocale, ru: ruLocale, en: enLocale };

const COLOURS: Record<Task['type'], string> = { call: '#1c7ed6', meeting: '#7048e8', task: '#0ca678' };

interface TasksCalendarProps {
  tasks: Task[];
  onRange: (from: Date, to: Date) => void;
  onOpen: (taskId: string) => void;
  onCreateAt: (start: Date) => void;
}

/** Day, week and month views of the tasks, loaded only when the calendar is shown. */
export function TasksCalendar({ tasks, onRange, onOpen, onCreateAt }: TasksCalendarProps) {
  useTranslation();
  const now = new Date();
  const events: EventInput[] = tasks.map((task) => ({
    id: task.id,
    title: task.title,
    start: task.dueAt,
    end: task.endAt ?? undefined,
    backgroundColor: task.status === 'done' ? '#adb5bd' : isOverdue(task, now) ? '#e03131' : COLOURS[task.type],
    borderColor: 'transparent',
    classNames: task.status === 'done' ? ['task-done'] : [],
  }));

  return (
    <Box data-testid="tasks-calendar">
      <FullCalendar
        plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
        initialView="timeGridWeek"
        locale={LOCALES[currentLocale()]}
        headerToolbar={{
          left: 'prev,next today',
          center: 'title',
          right: 'timeGridDay,timeGridWeek,dayGridMonth,listWeek',
        }}
        height="auto"
        nowIndicator
        slotMinTime="07:00:00"
        slotMaxTime="21:00:00"
        defaultTimedEventDuration="00:30"
        events={events}
        datesSet={(range: DatesSetArg) => onRange(range.start, range.end)}
        eventClick={(click: EventClickArg) => {
          click.jsEvent.preventDefault();
          onOpen(click.event.id);
        }}
        dateClick={(click: DateClickArg) => onCreateAt(click.date)}
      />
    </Box>
  );
}
