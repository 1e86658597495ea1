import { useState } from 'react';
import { Button, Pagination, Select, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ChallengeStatus } from '@/shared/api/types';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { ChallengeCardItem } from '@/features/public/ChallengeCardItem';
import { useBoard } from '@/features/public/queries';
import { useDrafts } from './queries';

/** 榜单管理: drafts waiting for funding or publication, and every published challenge to manage. */
export function ChallengesPage() {
  const { t } = useTranslation();
  const drafts = useDrafts();
  const [status, setStatus] = useState<ChallengeStatus | undefined>();
  const [page, setPage] = useState(1);
  const board = useBoard({ status, page, pageSize: 12 });
  return (
    <>
      <PageHeader title={t('nav.manageChallenges')} intro={t('bureau.challengesIntro')}
        extra={<Link to="/bureau/challenges/new"><Button type="primary">{t('bureau.newChallenge')}</Button></Link>} />
      <Typography.Title level={2} style={{ fontSize: 18 }}>{t('bureau.drafts')}</Typography.Title>
      <QueryState query={drafts} isEmpty={(d) => d.length === 0} empty={t('bureau.emptyDrafts')}>
        {(rows) => <div className="tm-card-grid">{rows.map((c) => <ChallengeCardItem key={c.id} challenge={c} to={`/bureau/challenges/${c.id}`} />)}</div>}
      </QueryState>
      <Space wrap style={{ margin: '24px 0 12px' }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('bureau.allChallenges')}</Typography.Title>
        <Select aria-label={t('common.status')} placeholder={t('common.status')} allowClear style={{ width: 180 }} value={status}
          onChange={(s) => { setStatus(s); setPage(1); }}
          options={(['Published', 'BiddingClosed', 'UnderReview', 'InPublicity', 'Awarded', 'InProgress', 'Completed', 'Failed', 'Cancelled', 'Unfilled'] as const).map((s) => ({ value: s, label: t(`challengeStatus.${s}`) }))} />
      </Space>
      <QueryState query={board} isEmpty={(d) => d.items.length === 0} empty={t('board.empty')}>
        {(data) => (
          <>
            <div className="tm-card-grid">{data.items.map((c) => <ChallengeCardItem key={c.id} challenge={c} to={`/bureau/challenges/${c.id}`} />)}</div>
            <Pagination style={{ marginTop: 16 }} current={page} pageSize={12} total={Number(data.total)} onChange={setPage} showSizeChanger={false}
              showTotal={(count) => t('common.total', { count })} />
          </>
        )}
      </QueryState>
    </>
  );
}
