import { useState } from 'react';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { AssignedReview } from '@/shared/api/types';
import { ReasonModal } from '@/shared/ui/ReasonModal';
import { useCommand } from '@/shared/ui/useCommand';
import { expertKeys } from './queries';

/** 回避: declare a conflict with one bid, known by its label; the expert's scores for it then no longer count. */
export function RecuseButton({ review, label }: { review: AssignedReview; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const recuse = useCommand({
    run: (v: { reason: string }) =>
      unwrap(api.POST('/api/challenges/{id}/bids/{label}/recusal', { params: { path: { id: review.challengeId, label } }, body: v })),
    invalidates: [expertKeys.reviews],
    success: t('expert.recusedDone'),
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>{t('expert.recuse')}</Button>
      {open && (
        <ReasonModal<{ reason: string }> title={t('expert.recuseTitle', { label })} label={t('expert.recuseReason')} okText={t('expert.recuse')} danger
          pending={recuse.isPending} onSubmit={(v) => recuse.mutate(v)} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

/** Decline the whole review before scoring: an alternate of the draw takes the place. */
export function DeclineButton({ review }: { review: AssignedReview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const decline = useCommand({
    run: (v: { reason: string }) => unwrap(api.POST('/api/challenges/{id}/experts/me/decline', { params: { path: { id: review.challengeId } }, body: v })),
    invalidates: [expertKeys.reviews],
    success: t('expert.declined'),
    onSuccess: () => navigate('/expert'),
  });
  if (review.status !== 'UnderReview' || review.bids.some((b) => b.myScores)) return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>{t('expert.decline')}</Button>
      {open && (
        <ReasonModal<{ reason: string }> title={t('expert.declineTitle')} label={t('expert.declineReason')} okText={t('expert.decline')} danger
          pending={decline.isPending} onSubmit={(v) => decline.mutate(v)} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
