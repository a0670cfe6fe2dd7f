import { answerOfferInputSchema, type AnswerOfferRequest, type Offer } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { answerOffer } from '../data/offers.repository';
import {
  emptyOfferTerms,
  offerTermsFormSchema,
  toOfferTerms,
  type OfferTermsFormValues,
} from '../forms/offer-terms.form';
import { offerKeys } from '../queries/offers.queries';
import { OfferTermsFields } from './offer-terms.fields';
import { refusalKey } from '../forms/offer-refusal';
import { defaultSigning, signingStart, type SigningFields } from '../forms/acceptance.form';

type AnswerKind = AnswerOfferRequest['kind'];

/** One signing appointment's day, start time and place. */
function SigningFieldsInput({
  name,
  value,
  onChange,
}: {
  name: 'preliminary' | 'deed';
  value: SigningFields;
  onChange: (value: SigningFields) => void;
}) {
  const { t } = useTranslation();
  const label = name === 'preliminary' ? 'preliminaryContract' : 'deed';
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2} spacing="xs">
        <TextInput
          type="date"
          label={t(`offers.fields.${label}Date`)}
          value={value.date}
          onChange={(event) => onChange({ ...value, date: event.currentTarget.value })}
          data-testid={`offer-${name}-date`}
        />
        <TextInput
          type="time"
          label={t(`offers.fields.${label}Time`)}
          value={value.time}
          onChange={(event) => onChange({ ...value, time: event.currentTarget.value })}
          data-testid={`offer-${name}-time`}
        />
      </SimpleGrid>
      <TextInput
        label={t(`offers.fields.${label}Place`)}
        placeholder={t('offers.fields.placeHint')}
        value={value.place}
        onChange={(event) => onChange({ ...value, place: event.currentTarget.value })}
        data-testid={`offer-${name}-place`}
      />
    </Stack>
  );
}

/** The seller's answer to a signed offer, recorded by the agent: accept with the dates to come, refuse, or counter. */
export function AnswerOfferModal({ offer, onClose }: { offer: Offer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<AnswerKind>('accept');
  const [preliminary, setPreliminary] = useState(() => defaultSigning(30));
  const [deed, setDeed] = useState(() => defaultSigning(90));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const counter = useForm<OfferTermsFormValues>({
    resolver: zodResolver(offerTermsFormSchema),
    defaultValues: emptyOfferTerms(offer?.amount ?? 0),
  });
  const { reset } = counter;

  useEffect(() => {
    if (!offer) return;
    setKind('accept');
    setPreliminary(defaultSigning(30));
    setDeed(defaultSigning(90));
    setReason('');
    setError(null);
    reset({
      ...emptyOfferTerms(offer.amount),
      withLoan: offer.conditions.loan !== null,
      loanAmount: offer.conditions.loan?.amount ?? 0,
      loanRate: offer.conditions.loan?.ratePercent ?? 4,
      loanMonths: offer.conditions.loan?.durationMonths ?? 240,
      ownFunds: offer.financing.ownFunds,
      otherConditions: offer.conditions.other.join('\n'),
    });
  }, [offer, reset]);

  const send = async (input: AnswerOfferRequest) => {
    const parsed = answerOfferInputSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(t('offers.form.invalid', { field: issue?.path.join('.') ?? '', message: issue?.message ?? '' }));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await answerOffer(input);
      await queryClient.invalidateQueries({ queryKey: offerKeys.offers(tenant.tenantId) });
      notifySuccess(t(`offers.answer.done.${input.kind}`));
      onClose();
    } catch (caught) {
      setError(t(`offers.refusals.${refusalKey(caught)}`, { defaultValue: describeError(t, caught) }));
    } finally {
      setSaving(false);
    }
  };

  const submit = () => {
    if (!offer) return;
    if (kind === 'accept') {
      const preliminaryContractAt = signingStart(preliminary);
      const deedAt = signingStart(deed);
      if (!preliminaryContractAt || !deedAt) {
        setError(t('offers.answer.invalidSigning'));
        return;
      }
      void send({
        kind,
        offerId: offer.id,
        preliminaryContractAt,
        preliminaryContractPlace: preliminary.place,
        deedAt,
        deedPlace: deed.place,
      });
    } else if (kind === 'refuse') {
      void send({ kind, offerId: offer.id, reason });
    } else {
      void counter.handleSubmit((values) =>
        send({ kind: 'counter', offerId: offer.id, terms: toOfferTerms(values) }),
      )();
    }
  };

  return (
    <Modal opened={offer !== null} onClose={onClose} size="lg" title={<Text fw={700}>{t('offers.answer.title')}</Text>}>
      <Stack gap="md">
        <SegmentedControl
          value={kind}
          onChange={(value) => setKind(value as AnswerKind)}
          data={(['accept', 'refuse', 'counter'] as const).map((value) => ({
            value,
            label: t(`offers.answer.kinds.${value}`),
          }))}
          data-testid="offer-answer-kind"
        />
        {kind === 'accept' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <SigningFieldsInput name="preliminary" value={preliminary} onChange={setPreliminary} />
            <SigningFieldsInput name="deed" value={deed} onChange={setDeed} />
          </SimpleGrid>
        ) : null}
        {kind === 'refuse' ? (
          <Textarea
            label={t('offers.fields.refusalReason')}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-testid="offer-refusal-reason"
          />
        ) : null}
        {kind === 'counter' ? <OfferTermsFields control={counter.control} errors={counter.formState.errors} /> : null}
        <Text size="sm" c="dimmed">
          {t(`offers.answer.hints.${kind}`)}
        </Text>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={kind === 'refuse' ? 'red' : undefined}
            loading={saving}
            onClick={submit}
            data-testid="offer-answer-submit"
          >
            {t(`offers.answer.submit.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
