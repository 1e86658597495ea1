import { App, Button, Card, Collapse, Empty, Skeleton, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ChallengeView, Disclosure } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { ChallengeStatusTag, PageHeader } from '@/shared/ui/bits';
import { ProblemAlert } from '@/shared/ui/ProblemAlert';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { enterpriseKeys, useChallengesOf, useMyNeeds } from './queries';

function Disclosures({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useQuery({
    queryKey: enterpriseKeys.disclosures(challengeId),
    queryFn: () => unwrap(api.GET('/api/challenges/{id}/disclosures', { params: { path: { id: challengeId } } })),
  });
  return (
    <QueryState query={log} isEmpty={(d) => d.length === 0} empty={t('challenge.disclosuresEmpty')}>
      {(rows) => (
        <Table<Disclosure> size="small" rowKey={(r) => `${r.organisationId}-${r.at}`} pagination={false} dataSource={rows} scroll={{ x: true }}
          columns={[
            { title: t('common.organisation'), dataIndex: 'organisationName' },
            { title: t('challenge.unlockedBy'), dataIndex: 'userName' },
            { title: t('challenge.unlockedAt'), dataIndex: 'at', render: (d) => format.dateTime(d) },
          ]} />
      )}
    </QueryState>
  );
}

function FundedChallenge({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const auth = useAuth();
  const mine = challenge.funding.filter((f) => f.enterpriseId === auth.organisationId);
  const share = mine.reduce((sum, f) => sum + Number(f.amount), 0);
  const confirmed = mine.every((f) => f.confirmed);
  const path = { params: { path: { id: challenge.id } }, headers: ifMatch(challenge.version) };
  const keys = [enterpriseKeys.challenge(challenge.id)];
  const confirm = useCommand({ run: () => unwrap(api.POST('/api/challenges/{id}/funding/confirm', path)), invalidates: keys });
  const accept = useCommand({ run: () => unwrap(api.POST('/api/challenges/{id}/results/accept', path)), invalidates: keys, success: t('enterprise.resultsAccepted') });
  return (
    <Card
      title={<Link to={`/challenges/${challenge.id}`} style={{ whiteSpace: 'normal' }}>{challenge.terms.title}</Link>}
      extra={<ChallengeStatusTag status={challenge.status} />}
      style={{ marginBottom: 16 }}
    >
      <Space wrap size="large" style={{ marginBottom: 12 }}>
        <span>{t('common.bounty')}: <strong>{format.money(challenge.bounty)}</strong></span>
        <span>{t('enterprise.myShare')}: <strong>{format.money(share)}</strong></span>
        {confirmed ? <Tag color="success">{t('enterprise.fundingConfirmed')}</Tag> : <Tag color="warning">{t('challenge.waiting')}</Tag>}
      </Space>
      <Space wrap style={{ display: 'flex', marginBottom: 12 }}>
        {challenge.status === 'Draft' && !confirmed && (
          <Button type="primary" loading={confirm.isPending}
            onClick={() => modal.confirm({ title: t('enterprise.confirmFunding'), content: t('enterprise.confirmFundingText', { amount: format.money(share) }), okText: t('common.confirm'), cancelText: t('common.cancel'), onOk: () => confirm.mutateAsync() })}>
            {t('enterprise.confirmFunding')}
          </Button>
        )}
        {(challenge.status === 'Awarded' || challenge.status === 'InProgress') && (
          <Button type="primary" loading={accept.isPending}
            onClick={() => modal.confirm({ title: t('enterprise.acceptResults'), content: t('enterprise.acceptResultsText'), okText: t('common.confirm'), cancelText: t('common.cancel'), onOk: () => accept.mutateAsync() })}>
            {t('enterprise.acceptResults')}
          </Button>
        )}
      </Space>
      {challenge.winners.length > 0 && (
        <p>{t('challenge.winners')}: {challenge.winners.map((w) => `${w.organisationName} · ${format.money(w.funding)}`).join('; ')}</p>
      )}
      {challenge.status !== 'Draft' && (
        <Collapse size="small" items={[{ key: 'log', label: t('challenge.disclosures'), children: <Disclosures challengeId={challenge.id} /> }]} />
      )}
    </Card>
  );
}

/** 出资与验收: the challenges built on this enterprise's needs. */
export function MyChallengesPage() {
  const { t } = useTranslation();
  const needs = useMyNeeds('Accepted');
  const challenges = useChallengesOf(needs.data?.items ?? []);
  return (
    <>
      <PageHeader title={t('nav.myChallenges')} intro={t('enterprise.challengesIntro')} />
      <QueryState query={needs}>
        {() =>
          challenges.length === 0 ? (
            <Empty description={t('enterprise.emptyChallenges')} />
          ) : (
            challenges.map((q, i) =>
              q.isPending ? <Skeleton key={i} active /> : q.isError ? <ProblemAlert key={i} error={q.error} onRetry={() => void q.refetch()} /> : <FundedChallenge key={q.data.id} challenge={q.data} />,
            )
          )
        }
      </QueryState>
    </>
  );
}
