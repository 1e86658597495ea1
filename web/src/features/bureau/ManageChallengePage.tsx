import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Collapse, Input, Select, Space, Table, Tag } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ChallengeView, StageOutcome } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { ChallengeStatusTag, PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { ChallengeOutcome, ChallengeTermsCard } from '@/features/public/ChallengeDetails';
import { DisclosureLog } from '@/features/public/DisclosureLog';
import { useChallenge } from '@/features/public/queries';
import { useLiveBoard } from '@/features/public/useLiveBoard';
import { bureauKeys, useStages } from './queries';
import { NoWinnerCard, PublicityCard } from './AwardPanel';
import { JudgementPanel } from './JudgementPanel';
import { DrawCard } from './DrawPanel';
import { ExpertsCard, RankingCard } from './ReviewPanel';

function askReason(modal: ReturnType<typeof App.useApp>['modal'], title: string, label: string, run: (reason: string) => Promise<unknown>) {
  let reason = '';
  modal.confirm({
    title,
    content: <Input.TextArea aria-label={label} placeholder={label} onChange={(e) => (reason = e.target.value)} />,
    okButtonProps: { danger: true },
    onOk: () => run(reason),
  });
}

function Actions({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const path = { params: { path: { id: challenge.id } }, headers: ifMatch(challenge.version) };
  const keys = [bureauKeys.challenge(challenge.id), bureauKeys.drafts, bureauKeys.board];
  const publish = useCommand({ run: () => unwrap(api.POST('/api/challenges/{id}/publish', path)), invalidates: keys });
  const cancel = useCommand({ run: (reason: string) => unwrap(api.POST('/api/challenges/{id}/cancel', { ...path, body: { reason } })), invalidates: keys });
  const fail = useCommand({ run: (reason: string) => unwrap(api.POST('/api/challenges/{id}/fail', { ...path, body: { reason } })), invalidates: keys });
  const s = challenge.status;
  return (
    <Space wrap>
      {s === 'Draft' && (
        <Button type="primary" loading={publish.isPending}
          onClick={() => modal.confirm({ title: t('bureau.publish'), content: t('bureau.publishConfirm'), okText: t('bureau.publish'), cancelText: t('common.cancel'), onOk: () => publish.mutateAsync() })}>
          {t('bureau.publish')}
        </Button>
      )}
      {['Draft', 'Published', 'BiddingClosed', 'UnderReview'].includes(s) && (
        <Button danger onClick={() => askReason(modal, t('bureau.cancelChallenge'), t('bureau.cancelReason'), (r) => cancel.mutateAsync(r))}>{t('bureau.cancelChallenge')}</Button>
      )}
      {(s === 'Awarded' || s === 'InProgress' || s === 'ResultsRejected') && (
        <Button danger onClick={() => askReason(modal, t('bureau.fail'), t('bureau.failReason'), (r) => fail.mutateAsync(r))}>{t('bureau.fail')}</Button>
      )}
    </Space>
  );
}

function FundingCard({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const format = useFormat();
  // An enterprise whose need this challenge holds may ask for it back: the bureau reads the request here and may cancel.
  const needs = useQueries({
    queries: challenge.funding.map((f) => ({
      queryKey: ['needs', f.needId] as const,
      queryFn: () => unwrap(api.GET('/api/needs/{id}', { params: { path: { id: f.needId } } })),
    })),
  });
  const askedBack = (needId: string) => {
    const need = needs.find((q) => q.data && 'withdrawalRequest' in q.data && q.data.id === needId)?.data;
    return need && 'withdrawalRequest' in need ? need.withdrawalRequest : null;
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('challenge.fundingShares')}</h2>} style={{ marginBottom: 16 }}>
      <Table size="small" rowKey={(f) => f.needId} pagination={false} dataSource={challenge.funding} scroll={{ x: true }}
        columns={[
          { title: t('common.organisation'), dataIndex: 'enterpriseName' },
          { title: t('bureau.amount'), dataIndex: 'amount', render: (a) => format.money(a) },
          { title: t('common.status'), dataIndex: 'confirmed', render: (c) => (c ? <Tag color="success">{t('challenge.confirmed')}</Tag> : <Tag color="warning">{t('challenge.waiting')}</Tag>) },
          {
            title: t('bureau.withdrawalRequest'), key: 'asked',
            render: (_, f) => {
              const asked = askedBack(f.needId);
              return asked ? <div><Tag color="warning">{t('bureau.askedBack', { date: format.dateTime(asked.at) })}</Tag><div>{asked.reason}</div></div> : '—';
            },
          },
        ]} />
      <p style={{ marginTop: 8 }}>{t('challenge.subsidy')}: {format.money(challenge.terms.governmentSubsidy)} · {t('common.bounty')}: <strong>{format.money(challenge.bounty)}</strong></p>
    </Card>
  );
}

/** 赛马制 stage gates: continue or eliminate each team still in the race, stage by stage. */
function StagesCard({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stages = useStages(challenge.id, true);
  const [outcomes, setOutcomes] = useState<Record<string, StageOutcome>>({});
  const [reallocate, setReallocate] = useState(false);
  const [reason, setReason] = useState('');
  const next = (stages.data?.stagesReviewed ?? 0) + 1;
  const gate = useCommand({
    run: () => unwrap(api.POST('/api/challenges/{id}/stages/{stage}/gate', {
      params: { path: { id: challenge.id, stage: next } },
      headers: ifMatch(challenge.version),
      body: {
        decisions: (stages.data?.teams ?? []).filter((team) => !team.eliminated).map((team) => ({ bidId: team.bidId, outcome: outcomes[team.bidId] ?? 'Continue', note: null })),
        reallocationReason: reallocate ? reason : null,
      },
    })),
    invalidates: [bureauKeys.stages(challenge.id), bureauKeys.challenge(challenge.id)],
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bureau.stageGates')}</h2>} style={{ marginTop: 16 }}>
      <QueryState query={stages}>
        {(view) => (
          <>
            <Table size="small" rowKey="bidId" pagination={false} dataSource={view.teams} scroll={{ x: true }}
              columns={[
                { title: t('challenge.label'), dataIndex: 'label' },
                { title: t('challenge.funding'), dataIndex: 'funding', render: (f) => format.money(f) },
                { title: t('bureau.released'), dataIndex: 'released', render: (r) => format.money(r) },
                { title: t('bureau.returned'), dataIndex: 'returned', render: (r) => format.money(r) },
                { title: t('bureau.reallocated'), dataIndex: 'reallocated', render: (r) => (Number(r) === 0 ? '—' : format.money(r)) },
                {
                  title: t('common.status'), key: 'outcome',
                  render: (_, team) => team.eliminated ? <Tag>{t('bureau.eliminated')}</Tag> : next <= view.stages.length ? (
                    <Select aria-label={`${t('common.status')} ${team.label}`} value={outcomes[team.bidId] ?? 'Continue'} style={{ width: 120 }}
                      onChange={(o) => setOutcomes((all) => ({ ...all, [team.bidId]: o }))}
                      options={(['Continue', 'Eliminate'] as const).map((o) => ({ value: o, label: t(`stageOutcome.${o}`) }))} />
                  ) : <Tag color="success">{t('bureau.inRace')}</Tag>,
                },
              ]} />
            {view.reallocations.map((r) => (
              <p key={r.stage} style={{ marginTop: 8 }}>
                {t('bureau.reallocatedAt', { stage: r.stage, reason: r.reason })}: {r.shares.map((share) => `${share.label} ${format.money(share.amount)}`).join('; ')}
              </p>
            ))}
            {next <= view.stages.length && (
              <Space direction="vertical" style={{ marginTop: 12, display: 'flex' }}>
                {Object.values(outcomes).includes('Eliminate') && (
                  <>
                    <Checkbox checked={reallocate} onChange={(e) => setReallocate(e.target.checked)}>{t('bureau.reallocate')}</Checkbox>
                    {reallocate && <Input.TextArea aria-label={t('bureau.reallocationReason')} placeholder={t('bureau.reallocationReason')} value={reason} onChange={(e) => setReason(e.target.value)} />}
                  </>
                )}
                <Button type="primary" loading={gate.isPending} onClick={() => gate.mutate()}>
                  {t('bureau.gate', { stage: next })} · {view.stages[next - 1]?.name}
                </Button>
              </Space>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}

/** One challenge from the bureau's side, from draft to award: funding, publication, experts, ranking, feedback, the proposed
 * award's publicity and objections, the final award (or 重新发榜 / 流榜 when no bid passed), stage gates, 市场判题. */
export function ManageChallengePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const challenge = useChallenge(id);
  const live = useLiveBoard(id, challenge.data);
  return (
    <QueryState query={challenge}>
      {(c) => (
        <>
          <PageHeader title={c.terms.title} intro={<ChallengeStatusTag status={c.status} />} extra={<Actions challenge={c} />} />
          {c.status === 'Published' && <Alert type="info" showIcon title={t('bureau.bidsSealed')} style={{ marginBottom: 16 }} />}
          <FundingCard challenge={c} />
          {c.unfilledReason && <Alert type="warning" showIcon title={t('challenge.unfilled', { reason: c.unfilledReason })} style={{ marginBottom: 16 }} />}
          {(c.status === 'BiddingClosed' || c.status === 'UnderReview') && <NoWinnerCard challenge={c} />}
          {(c.status === 'BiddingClosed' || c.status === 'UnderReview') && <ExpertsCard challenge={c} />}
          {c.status !== 'Draft' && c.status !== 'Published' && c.status !== 'Cancelled' && <DrawCard challenge={c} />}
          {['UnderReview', 'InPublicity', 'Awarded', 'InProgress', 'ResultsRejected', 'Completed', 'Failed', 'Unfilled'].includes(c.status) && <RankingCard challenge={c} />}
          {c.status === 'InPublicity' && <PublicityCard challenge={c} />}
          {c.terms.mode === 'HorseRace' && ['Awarded', 'InProgress', 'ResultsRejected', 'Completed'].includes(c.status) && <StagesCard challenge={c} />}
          {['Awarded', 'InProgress', 'ResultsRejected', 'Completed', 'Failed'].includes(c.status) && <JudgementPanel challenge={c} />}
          <ChallengeOutcome challenge={c} />
          <Collapse style={{ marginTop: 16 }} items={[
            { key: 'terms', label: t('challenge.requirements'), children: <ChallengeTermsCard challenge={c} since={challenge.dataUpdatedAt} live={live} /> },
            { key: 'log', label: t('challenge.disclosures'), children: <DisclosureLog challengeId={c.id} /> },
          ]} />
        </>
      )}
    </QueryState>
  );
}
