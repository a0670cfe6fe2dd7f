import {
  LISTING_TEXT_MAX,
  VISIT_CRITERIA,
  type VisitCriterion,
  type VisitOutcome,
  type VisitStars,
} from '@estate/domain';
import { Group, Radio, Rating, Text, Textarea, type MantineSize } from '@mantine/core';

/** A visit report being written: every criterion starts unrated, and a rejection says why. */
export interface VisitReportDraft {
  stars: VisitStars;
  comment: string;
  outcome: VisitOutcome;
  reason: string;
}

export const EMPTY_VISIT_REPORT: VisitReportDraft = {
  stars: { location: 0, layout: 0, condition: 0, light: 0, surroundings: 0, price: 0 },
  comment: '',
  outcome: 'offer-to-make',
  reason: '',
};

/** Every criterion has its stars, and a rejection has its reason. */
export function visitReportComplete(draft: VisitReportDraft): boolean {
  return (
    Object.values(draft.stars).every((value) => value >= 1) &&
    (draft.outcome === 'offer-to-make' || draft.reason.trim() !== '')
  );
}

/** Each app words the form for its reader (the agent writing for the client, or the client). */
export interface VisitReportLabels {
  criterion: (criterion: VisitCriterion) => string;
  comment: string;
  outcome: string;
  offer: string;
  reject: string;
  reason: string;
}

interface VisitReportFieldsProps {
  value: VisitReportDraft;
  onChange: (next: VisitReportDraft) => void;
  labels: VisitReportLabels;
  /** Larger stars where a finger taps them. */
  starSize: MantineSize;
}

/** The visit report's fields, the same for the agent and the client: stars, comment, outcome. */
export function VisitReportFields({ value, onChange, labels, starSize }: VisitReportFieldsProps) {
  return (
    <>
      {VISIT_CRITERIA.map((criterion) => (
        <Group key={criterion} justify="space-between" wrap="nowrap">
          <Text size="sm">{labels.criterion(criterion)}</Text>
          <Rating
            size={starSize}
            value={value.stars[criterion]}
            onChange={(stars) => onChange({ ...value, stars: { ...value.stars, [criterion]: stars } })}
            aria-label={labels.criterion(criterion)}
          />
        </Group>
      ))}
      <Textarea
        label={labels.comment}
        value={value.comment}
        onChange={(event) => onChange({ ...value, comment: event.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={LISTING_TEXT_MAX}
      />
      <Radio.Group
        label={labels.outcome}
        value={value.outcome}
        onChange={(outcome) => onChange({ ...value, outcome: outcome === 'reject' ? 'reject' : 'offer-to-make' })}
      >
        <Group mt={4}>
          <Radio value="offer-to-make" label={labels.offer} />
          <Radio value="reject" label={labels.reject} />
        </Group>
      </Radio.Group>
      {value.outcome === 'reject' ? (
        <Textarea
          label={labels.reason}
          value={value.reason}
          onChange={(event) => onChange({ ...value, reason: event.currentTarget.value })}
          required
          autosize
          minRows={2}
          maxLength={LISTING_TEXT_MAX}
        />
      ) : null}
    </>
  );
}
