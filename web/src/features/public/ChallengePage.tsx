import { Alert, Button, Card, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ChallengeView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { ChallengeStatusTag, PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { ChallengeOutcome, ChallengeTermsCard } from './ChallengeDetails';
import { BidderObjections } from './Objections';
import { publicKeys, useChallenge } from './queries';
import { useLiveBoard } from './useLiveBoard';

/** Staged disclosure: the NDA terms, and the confidential details once the reader's organisation accepted them. */
function Confidential({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const auth = useAuth();
  // The details are for bidding: they unlock while bidding is open (a funding enterprise may at any time).
  const open = challenge.status === 'Published';
  const funder = challenge.funding.some((f) => f.enterpriseId === auth.organisationId);
  const accept = useCommand({
    run: () => unwrap(api.POST('/api/challenges/{id}/nda', { params: { path: { id: challenge.id } } })),
    invalidates: [publicKeys.challenge(challenge.id)],
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('challenge.confidential')}</h2>} style={{ marginTop: 16 }}>
      {challenge.detailsUnlocked ? (
        <>
          <Alert type="success" showIcon title={t('challenge.ndaAccepted')} style={{ marginBottom: 12 }} />
          <Prose>{challenge.confidentialDetails}</Prose>
        </>
      ) : (
        <>
          <Typography.Paragraph>{auth.organisationId || !auth.user ? t('challenge.locked') : t('challenge.lockedNoOrg')}</Typography.Paragraph>
          <Typography.Title level={3} style={{ fontSize: 15 }}>{t('challenge.ndaTerms')}</Typography.Title>
          <Prose>{challenge.terms.ndaTerms}</Prose>
          {auth.organisationId && !open && !funder && <Alert type="info" showIcon title={t('challenge.ndaOnlyWhileOpen')} style={{ marginTop: 12 }} />}
          {auth.organisationId && (open || funder) && (
            <Button type="primary" style={{ marginTop: 12 }} loading={accept.isPending} onClick={() => accept.mutate()}>
              {t('challenge.acceptNda')}
            </Button>
          )}
          {!auth.user && (
            <Button type="primary" style={{ marginTop: 12 }} onClick={() => void auth.signIn()}>
              {t('challenge.signInForNda')}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}

function Actions({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Space wrap>
      {auth.is('University') && challenge.status === 'Published' && (
        <Link to={`/university/challenges/${challenge.id}/bid`}><Button type="primary">{t('challenge.bid')}</Button></Link>
      )}
      {auth.is('Bureau') && <Link to={`/bureau/challenges/${challenge.id}`}><Button>{t('bureau.manage')}</Button></Link>}
      {auth.is('Enterprise') && challenge.funding.some((f) => f.enterpriseId === auth.organisationId) && (
        <Link to="/enterprise/challenges"><Button>{t('nav.myChallenges')}</Button></Link>
      )}
      {(challenge.funding.some((f) => f.enterpriseId === auth.organisationId) || challenge.winners.some((w) => w.organisationId === auth.organisationId))
        && challenge.winners.length > 0 && (
        <Link to={`/contracts/award/${challenge.id}`}><Button type="primary">{t('award.button')}</Button></Link>
      )}
    </Space>
  );
}

export function ChallengePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const challenge = useChallenge(id);
  const live = useLiveBoard(id, challenge.data);
  return (
    <QueryState query={challenge}>
      {(c) => (
        <>
          <PageHeader title={c.terms.title} intro={<ChallengeStatusTag status={c.status} />} extra={<Actions challenge={c} />} />
          {c.cancellationReason && <Alert type="warning" showIcon title={t('challenge.cancelled', { reason: c.cancellationReason })} style={{ marginBottom: 16 }} />}
          {c.failureReason && <Alert type="error" showIcon title={t('challenge.failed', { reason: c.failureReason })} style={{ marginBottom: 16 }} />}
          {c.unfilledReason && <Alert type="warning" showIcon title={t('challenge.unfilled', { reason: c.unfilledReason })} style={{ marginBottom: 16 }} />}
          <ChallengeTermsCard challenge={c} since={challenge.dataUpdatedAt} live={live} />
          <Confidential challenge={c} />
          <ChallengeOutcome challenge={c} />
          {auth.is('University') && ['InPublicity', 'UnderReview', 'Awarded', 'InProgress', 'ResultsRejected', 'Completed', 'Failed'].includes(c.status) && <BidderObjections challenge={c} />}
        </>
      )}
    </QueryState>
  );
}
