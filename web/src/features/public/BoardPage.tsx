import { useState } from 'react';
import { Badge, Input, Pagination, Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChallengeMode, ChallengeStatus } from '@/shared/api/types';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { ChallengeCardItem } from './ChallengeCardItem';
import { publicKeys, useBoard, type BoardFilter } from './queries';
import { useLiveCards } from './useLiveBoard';

const statuses: ChallengeStatus[] = ['Published', 'BiddingClosed', 'UnderReview', 'InPublicity', 'Awarded', 'InProgress', 'Completed', 'ResultsRejected', 'Failed', 'Cancelled', 'Unfilled'];
const modes: ChallengeMode[] = ['SingleWinner', 'HorseRace'];

/** 榜单大厅: filters (text, status, mode, field, district) and paging; for a signed-in reader, each card's board is
 * watched on the hub, so bid counts and statuses follow without a reload. */
export function BoardPage() {
  const { t } = useTranslation();
  const reference = useReference();
  const [filter, setFilter] = useState<BoardFilter>({ page: 1, pageSize: 12 });
  const board = useBoard(filter);
  const live = useLiveCards(publicKeys.boardPage(filter), board.data);
  const change = (next: Partial<BoardFilter>) => setFilter((f) => ({ ...f, ...next, page: next.page ?? 1 }));
  return (
    <>
      <PageHeader title={t('board.title')} intro={t('board.intro')}
        extra={live && <Badge status="success" text={t('challenge.live')} title={t('challenge.liveHint')} />} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label={t('common.keyword')} placeholder={t('common.keyword')} allowClear onSearch={(q) => change({ q: q || undefined })} style={{ width: 220 }} />
        <Select aria-label={t('common.status')} placeholder={t('common.status')} allowClear style={{ width: 160 }} value={filter.status}
          options={statuses.map((s) => ({ value: s, label: t(`challengeStatus.${s}`) }))} onChange={(status) => change({ status })} />
        <Select aria-label={t('common.mode')} placeholder={t('common.mode')} allowClear style={{ width: 200 }} value={filter.mode}
          options={modes.map((m) => ({ value: m, label: t(`challengeMode.${m}`) }))} onChange={(mode) => change({ mode })} />
        <TreeSelect aria-label={t('common.field')} placeholder={t('common.field')} allowClear style={{ width: 200 }} treeData={reference.fieldTree}
          value={filter.field} onChange={(field) => change({ field })} />
        <Select aria-label={t('common.district')} placeholder={t('common.district')} allowClear style={{ width: 160 }} options={reference.districtOptions}
          value={filter.district} onChange={(district) => change({ district })} />
      </Space>
      <QueryState query={board} isEmpty={(d) => d.items.length === 0} empty={t('board.empty')}>
        {(data) => (
          <>
            <div className="tm-card-grid">{data.items.map((c) => <ChallengeCardItem key={c.id} challenge={c} since={board.dataUpdatedAt} />)}</div>
            <Pagination style={{ marginTop: 16 }} current={filter.page} pageSize={filter.pageSize} total={Number(data.total)}
              showTotal={(count) => t('common.total', { count })} onChange={(page) => change({ page })} showSizeChanger={false} />
          </>
        )}
      </QueryState>
    </>
  );
}
