import { useState } from 'react';
import { Button, Descriptions, Segmented, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BidStatus, MyBid } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { ChallengeStatusTag, PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useChallenge } from '@/features/public/queries';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useMyBids } from './queries';

const statuses: BidStatus[] = ['Submitted', 'Withdrawn'];

function Result({ bid }: { bid: MyBid }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!bid.result) return <span className="tm-muted">{t('university.awaitingResult')}</span>;
  const r = bid.result;
  return (
    <>
      <Tag color={r.won ? 'success' : 'default'}>{r.won ? t('university.won') : t('university.notWon')}</Tag>
      {t('university.rankOf', { rank: Number(r.rank) })} · {t('challenge.score')} {format.number(r.score)}
    </>
  );
}

function ResultDetails({ bid }: { bid: MyBid }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The result names criteria by key; the challenge's terms give their names.
  const challenge = useChallenge(bid.challengeId);
  const nameOf = (key: string) => challenge.data?.terms.criteria.find((c) => c.key === key)?.name ?? key;
  const r = bid.result!;
  return (
    <Descriptions size="small" column={1}>
      {r.won && <Descriptions.Item label={t('challenge.funding')}>{format.money(r.funding)}</Descriptions.Item>}
      <Descriptions.Item label={t('university.averages')}>
        {r.averages.map((a) => <div key={a.criterion}>{nameOf(a.criterion)}: {format.number(a.average)}</div>)}
      </Descriptions.Item>
      {r.reason && <Descriptions.Item label={t('university.feedback')}>{t(`feedbackReason.${r.reason}`)}{r.comment ? ` — ${r.comment}` : ''}</Descriptions.Item>}
    </Descriptions>
  );
}

/** 我的申报: each bid with its receipt, the challenge's status and, after the award, rank, score, averages and feedback;
 * a page at a time from the server (newest change first), narrowed by the bid's status. */
export function MyBidsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<BidStatus>();
  const paging = useServerPaging();
  const bids = useMyBids({ ...paging.request, status });
  return (
    <>
      <PageHeader title={t('nav.myBids')} intro={t('university.myBidsIntro')} extra={<Link to="/challenges"><Button type="primary">{t('nav.challenges')}</Button></Link>} />
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented value={status ?? 'all'} onChange={(v) => { setStatus(v === 'all' ? undefined : (v as BidStatus)); paging.restart(); }}
          options={[{ value: 'all', label: t('common.all') }, ...statuses.map((s) => ({ value: s, label: t(`bidStatus.${s}`) }))]} />
      </div>
      <QueryState query={bids} isEmpty={(d) => d.items.length === 0} empty={t('university.emptyBids')}>
        {(data) => (
          <Table<MyBid> rowKey="id" dataSource={data.items} scroll={{ x: true }} pagination={paging.pagination(data.total)}
            expandable={{ rowExpandable: (b) => Boolean(b.result), expandedRowRender: (b) => <ResultDetails bid={b} /> }}
            columns={[
              {
                title: t('common.title'), dataIndex: 'challengeTitle',
                render: (title, b) => (
                  <>
                    <Link to={`/university/bids/${b.id}`}>{title}</Link>
                    {b.joint && <Tag color="blue" style={{ marginLeft: 8 }}>{t('joint.title')} · {b.lead ? t('joint.lead') : t('joint.asMember')}</Tag>}
                    {b.exclusion === 'UnconfirmedMembers' && <Tag color="error">{t('joint.answers.Pending')}</Tag>}
                  </>
                ),
              },
              { title: t('common.status'), key: 'status', render: (_, b) => <><ChallengeStatusTag status={b.challengeStatus} /><Tag>{t(`bidStatus.${b.status as 'Submitted'}`)}</Tag></> },
              { title: t('university.result'), key: 'result', render: (_, b) => <Result bid={b} /> },
              { title: t('common.deadline'), dataIndex: 'closesAt', render: (d) => format.dateTime(d), responsive: ['md'] },
              { title: t('challenge.commitment'), dataIndex: 'commitment', render: (c: string) => <span className="tm-hash">{c.slice(0, 16)}…</span>, responsive: ['lg'] },
            ]} />
        )}
      </QueryState>
    </>
  );
}
