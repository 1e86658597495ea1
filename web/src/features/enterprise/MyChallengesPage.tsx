import { App, Button, Card, Collapse, Pagination, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ChallengeView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { ChallengeStatusTag, PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useCommand } from '@/shared/ui/useCommand';
import { DisclosureLog } from '@/features/public/DisclosureLog';
import { JudgementCard } from '@/features/public/Judgement';
import { JudgeResults } from './JudgeResults';
import { enterpriseKeys, useFundedChallenges } from './queries';

/** From the award on, what the winners delivered and how the funders judged it. */
const judged = ['Awarded', 'InProgress', 'ResultsRejected', 'Completed', 'Failed'];

function FundedChallenge({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const auth = useAuth();
  const mine = challenge.funding.filter((f) => f.enterpriseId === auth.organisationId);
  const share = mine.reduce((sum, f) => sum + Number(f.amount), 0);
  const confirmed = mine.every((f) => f.confirmed);
  const path = { params: { path: { id: challenge.id } }, headers: ifMatch(challenge.version) };
  const keys = [enterpriseKeys.challenge(challenge.id), enterpriseKeys.funded];
  const confirm = useCommand({ run: () => unwrap(api.POST('/api/challenges/{id}/funding/confirm', path)), invalidates: keys });
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
        {(challenge.status === 'Awarded' || challenge.status === 'InProgress') && <JudgeResults challenge={challenge} />}
      </Space>
      {challenge.winners.length > 0 && (
        <p>{t('challenge.winners')}: {challenge.winners.map((w) => `${w.organisationName} · ${format.money(w.funding)}`).join('; ')}</p>
      )}
      {judged.includes(challenge.status) && <JudgementCard challengeId={challenge.id} />}
      {challenge.status !== 'Draft' && (
        <Collapse size="small" items={[{ key: 'log', label: t('challenge.disclosures'), children: <DisclosureLog challengeId={challenge.id} /> }]} />
      )}
    </Card>
  );
}

/** 出资与验收: the challenges this enterprise funds, newest first, a page at a time from the server. */
export function MyChallengesPage() {
  const { t } = useTranslation();
  const paging = useServerPaging(10);
  const funded = useFundedChallenges(paging.request);
  return (
    <>
      <PageHeader title={t('nav.myChallenges')} intro={t('enterprise.challengesIntro')} />
      <QueryState query={funded} isEmpty={(d) => Number(d.total) === 0} empty={t('enterprise.emptyChallenges')}>
        {(page) => (
          <>
            {page.items.map((c) => <FundedChallenge key={c.id} challenge={c} />)}
            <Pagination {...paging.pagination(page.total)} align="end" />
          </>
        )}
      </QueryState>
    </>
  );
}
