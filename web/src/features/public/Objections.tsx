import { useState } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { isProblem } from '@/shared/api/problem';
import type { ChallengeView, ObjectionView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { ReasonModal } from '@/shared/ui/ReasonModal';
import { useCommand } from '@/shared/ui/useCommand';

export const objectionKeys = { of: (challengeId: string) => ['challenges', challengeId, 'objections'] as const };

/**
 * The objections the reader may read: all of them for the bureau, its own for a ranked bidder. The server answers
 * anyone else "not found" (it does not even say whether there are any), which here means "nothing to show".
 */
export const useObjections = (challengeId: string, enabled: boolean) =>
  useQuery({
    queryKey: objectionKeys.of(challengeId),
    enabled,
    queryFn: async (): Promise<ObjectionView[] | null> => {
      try {
        return await unwrap(api.GET('/api/challenges/{id}/objections', { params: { path: { id: challengeId } } }));
      } catch (error) {
        if (isProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
  });

/** An objection's state in words: waiting, upheld or dismissed. */
export function ObjectionOutcome({ objection }: { objection: ObjectionView }) {
  const { t } = useTranslation();
  if (objection.upheld === null || objection.upheld === undefined) return <Tag color="warning">{t('challenge.awaitingAnswer')}</Tag>;
  return objection.upheld ? <Tag color="success">{t('challenge.upheld')}</Tag> : <Tag>{t('challenge.dismissed')}</Tag>;
}

/** 异议: a ranked bidder objects to the proposed award during its publicity and reads the bureau's answers. */
export function BidderObjections({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const objections = useObjections(challenge.id, true);
  const lodge = useCommand({
    run: (values: { reason: string }) =>
      unwrap(api.POST('/api/challenges/{id}/objections', { params: { path: { id: challenge.id } }, body: { reason: values.reason } })),
    invalidates: [objectionKeys.of(challenge.id)],
    success: t('challenge.objectionLodged'),
    onSuccess: () => setOpen(false),
  });
  const mine = objections.data;
  // Not a ranked bidder of this challenge (or still loading): nothing to object to.
  if (!mine) return null;
  const canObject = challenge.status === 'InPublicity';
  if (mine.length === 0 && !canObject) return null;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('challenge.myObjections')}</h2>} style={{ marginTop: 16 }}
      extra={canObject && <Button onClick={() => setOpen(true)}>{t('challenge.object')}</Button>}>
      <Table<ObjectionView> size="small" rowKey="id" pagination={false} dataSource={mine} scroll={{ x: true }}
        columns={[
          { title: t('challenge.lodgedAt'), dataIndex: 'lodgedAt', render: (d) => format.dateTime(d), width: 170 },
          { title: t('challenge.objectionReason'), dataIndex: 'reason' },
          { title: t('common.status'), key: 'outcome', render: (_, o) => <ObjectionOutcome objection={o} /> },
          { title: t('challenge.answer'), dataIndex: 'answer', render: (a: string | null) => a ?? '—' },
        ]} />
      {open && (
        <ReasonModal<{ reason: string }> title={t('challenge.object')} label={t('challenge.objectionReason')} okText={t('common.submit')}
          pending={lodge.isPending} onSubmit={(v) => lodge.mutate(v)} onClose={() => setOpen(false)} />
      )}
    </Card>
  );
}
