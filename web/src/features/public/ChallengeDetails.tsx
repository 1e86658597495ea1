import { Alert, Badge, Card, Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChallengeView, OrganisationKind } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { Prose } from '@/shared/ui/bits';
import { useSecondsLeft } from './useLiveBoard';

/**
 * What every reader sees of a challenge: terms, bounty, criteria and weights, eligibility, timing. The time left counts
 * down from what the server said at `since` (when the page was read); `live` marks the bid count as following the
 * challenge's board on the hub.
 */
export function ChallengeTermsCard({ challenge, since, live = false }: { challenge: ChallengeView; since: number; live?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const terms = challenge.terms;
  const open = challenge.status === 'Published';
  const secondsLeft = useSecondsLeft(challenge.secondsLeft, since, open);
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('common.bounty')}>{format.money(challenge.bounty)}</Descriptions.Item>
        <Descriptions.Item label={t('common.mode')}>
          {t(`challengeMode.${terms.mode}`)}
          {terms.mode === 'HorseRace' && ` · ${t('challenge.winnerCount')} ${terms.winnerCount}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.field')}>{reference.fieldName(terms.field)}</Descriptions.Item>
        <Descriptions.Item label={t('common.district')}>{reference.districtName(challenge.district)}</Descriptions.Item>
        <Descriptions.Item label={t('common.opensAt')}>{format.dateTime(terms.opensAt)}</Descriptions.Item>
        <Descriptions.Item label={t('common.deadline')}>
          {format.dateTime(terms.closesAt)}
          {open && ` (${format.timeLeft(secondsLeft)})`}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.bidCount')}>
          <span aria-live={live ? 'polite' : undefined}>{Number(challenge.bidCount)}</span>
          {live && <Badge status="success" text={t('challenge.live')} title={t('challenge.liveHint')} style={{ marginInlineStart: 8 }} />}
        </Descriptions.Item>
        {Number(terms.passMark) > 0 && <Descriptions.Item label={t('challenge.passMark')}>{format.number(terms.passMark)}</Descriptions.Item>}
        <Descriptions.Item label={t('challenge.eligibleKinds')}>
          {(terms.eligibility.kinds as OrganisationKind[]).map((k) => <Tag key={k}>{t(`organisationKind.${k}`)}</Tag>)}
        </Descriptions.Item>
        <Descriptions.Item label={t('challenge.eligibleDistricts')}>
          {terms.eligibility.districts.length === 0 ? t('challenge.anyDistrict') : terms.eligibility.districts.map((d) => reference.districtName(d)).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.summary')} span={2}><Prose>{terms.publicSummary}</Prose></Descriptions.Item>
        <Descriptions.Item label={t('challenge.requirements')} span={2}><Prose>{terms.requirements}</Prose></Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        style={{ marginTop: 12 }}
        caption={t('challenge.criteria')}
        rowKey="key"
        pagination={false}
        dataSource={terms.criteria}
        columns={[
          { title: t('bureau.criterionName'), dataIndex: 'name' },
          { title: t('challenge.weight'), dataIndex: 'weight', render: (w) => `${w}%`, width: 100 },
        ]}
      />
      {challenge.republications.length > 0 && (
        <Table size="small" style={{ marginTop: 12 }} caption={t('challenge.republications')} rowKey="at" pagination={false} scroll={{ x: true }}
          dataSource={challenge.republications}
          columns={[
            { title: t('challenge.republishedAt'), dataIndex: 'at', render: (d) => format.dateTime(d) },
            { title: t('challenge.previousDeadline'), dataIndex: 'previousClosesAt', render: (d) => format.dateTime(d) },
            { title: t('challenge.newDeadline'), dataIndex: 'closesAt', render: (d) => format.dateTime(d) },
            { title: t('common.reason'), dataIndex: 'reason' },
          ]} />
      )}
      {terms.stages.length > 0 && (
        <Descriptions size="small" style={{ marginTop: 12 }} title={t('challenge.stages')} column={1}>
          {terms.stages.map((s, i) => (
            <Descriptions.Item key={i} label={s.name}>{`${s.sharePercent}%`}</Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}

/** The commitments published at close, the proposed winners during publicity (公示) and the winners after the award,
 * with the part of the bounty no winner asked for. */
export function ChallengeOutcome({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {challenge.winners.length > 0 && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{challenge.status === 'InPublicity' ? t('challenge.proposedWinners') : t('challenge.winners')}</h2>}
          style={{ marginTop: 16 }}>
          {challenge.status === 'InPublicity' && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('challenge.publicityUntil', { date: format.dateTime(challenge.publicityEndsAt) })} />
          )}
          <Table size="small" rowKey="label" pagination={false} scroll={{ x: true }} dataSource={challenge.winners}
            columns={[
              { title: t('challenge.rank'), dataIndex: 'rank', width: 70 },
              {
                title: t('common.organisation'), dataIndex: 'organisationName',
                // A joint bid's winner lists every organisation in it with its share of the funding.
                render: (name: string, w) => (w.members?.length
                  ? <>{name}<div className="tm-muted" aria-label={t('joint.awardMembers')}>{w.members.map((m) => `${m.organisationName}（${m.role}）${format.money(m.share)}`).join('；')}</div></>
                  : name),
              },
              { title: t('challenge.score'), dataIndex: 'score', render: (s) => format.number(s) },
              { title: t('challenge.funding'), dataIndex: 'funding', render: (f) => format.money(f) },
            ]} />
          {challenge.unawarded !== null && Number(challenge.unawarded) > 0 && (
            <p style={{ marginTop: 8 }}>{t('challenge.unawarded')}: <strong>{format.money(challenge.unawarded)}</strong></p>
          )}
        </Card>
      )}
      {challenge.commitments.length > 0 && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('challenge.commitments')}</h2>} style={{ marginTop: 16 }}>
          <p className="tm-muted">{t('challenge.commitmentsText')}</p>
          <Table size="small" rowKey="label" pagination={false} scroll={{ x: true }} dataSource={challenge.commitments}
            columns={[
              { title: t('challenge.label'), dataIndex: 'label', width: 70 },
              { title: t('challenge.commitment'), dataIndex: 'commitment', render: (c) => <span className="tm-hash">{c}</span> },
            ]} />
        </Card>
      )}
    </>
  );
}
