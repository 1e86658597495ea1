import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ChallengeView } from '@/shared/api/types';
import { fromCityLocalInput } from '@/shared/format/dates';
import { ReasonModal } from '@/shared/ui/ReasonModal';
import { useCommand } from '@/shared/ui/useCommand';
import { JudgementCard } from '@/features/public/Judgement';
import { bureauKeys } from './queries';

/** 市场判题 from the bureau's side: the deliveries and verdicts; after a rejection, resume with a new delivery date and a
 * reason (or fail the challenge, among the page's actions). */
export function JudgementPanel({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const [resuming, setResuming] = useState(false);
  const resume = useCommand({
    run: (v: { reason: string; deliverBy: string }) => unwrap(api.POST('/api/challenges/{id}/results/resume', {
      params: { path: { id: challenge.id } }, headers: ifMatch(challenge.version),
      body: { reason: v.reason, deliverBy: fromCityLocalInput(v.deliverBy) },
    })),
    invalidates: [bureauKeys.challenge(challenge.id)],
    onSuccess: () => setResuming(false),
  });
  const rejected = challenge.status === 'ResultsRejected';
  return (
    <>
      {rejected && <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t('judgement.rejectedWaiting')} />}
      <JudgementCard challengeId={challenge.id} extra={rejected && <Button type="primary" onClick={() => setResuming(true)}>{t('judgement.resume')}</Button>} />
      {resuming && (
        <ReasonModal<{ reason: string; deliverBy: string }> title={t('judgement.resume')} label={t('judgement.resumeReason')} okText={t('judgement.resume')}
          pending={resume.isPending} onSubmit={(v) => resume.mutate(v)} onClose={() => setResuming(false)}>
          <Form.Item name="deliverBy" label={t('judgement.newDeliverBy')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input type="datetime-local" />
          </Form.Item>
        </ReasonModal>
      )}
    </>
  );
}
