import { Button, Card, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/shared/auth/AuthProvider';
import { homeFor } from '@/shared/auth/oidc';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { ChallengeCardItem } from './ChallengeCardItem';
import { NeedCardItem } from './NeedCardItem';
import { useBoard, useBoardSummary, useNeeds } from './queries';

function Hero() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <section className="tm-hero" aria-labelledby="hero-title">
      <Typography.Title id="hero-title" level={1} style={{ fontSize: 28, marginTop: 0 }}>
        {t('home.heroTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ maxWidth: 720 }}>{t('home.heroText')}</Typography.Paragraph>
      <Space wrap>
        {auth.user ? (
          <Link to={homeFor(auth.roles)}>
            <Button size="large">{t('common.myWorkspace')}</Button>
          </Link>
        ) : (
          <>
            <Button size="large" type="primary" ghost style={{ background: '#fff' }} onClick={() => void auth.signIn('/')}>
              {t('common.signIn')}
            </Button>
            <Link to="/register">
              <Button size="large">{t('common.register')}</Button>
            </Link>
          </>
        )}
      </Space>
    </section>
  );
}

function RoleCards() {
  const { t } = useTranslation();
  const cards = [
    ['home.forEnterprises', 'home.forEnterprisesText'],
    ['home.forUniversities', 'home.forUniversitiesText'],
    ['home.forBureaus', 'home.forBureausText'],
    ['home.forExperts', 'home.forExpertsText'],
  ] as const;
  return (
    <div className="tm-card-grid">
      {cards.map(([title, text]) => (
        <Card key={title} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t(title)}</h2>} size="small">
          {t(text)}
        </Card>
      ))}
    </div>
  );
}

/** The market at a glance, for signed-in users: open challenges, bounty on offer, needs listed, the latest of each. */
function MarketAtAGlance() {
  const { t } = useTranslation();
  const format = useFormat();
  const open = useBoardSummary();
  const latest = useBoard({ page: 1, pageSize: 3 });
  const needs = useNeeds({ page: 1, pageSize: 3 });
  return (
    <>
      <section aria-label={t('home.openChallenges')} className="tm-stat-grid" style={{ marginBottom: 16 }}>
        <Card><Statistic title={t('home.openChallenges')} value={open.data ? open.data.open : '—'} loading={open.isPending} /></Card>
        <Card><Statistic title={t('home.bountyOnOffer')} value={open.data ? format.money(open.data.bountyOnOffer, true) : '—'} loading={open.isPending} /></Card>
        <Card><Statistic title={t('home.needsListed')} value={needs.data ? Number(needs.data.total) : '—'} loading={needs.isPending} /></Card>
      </section>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('home.latestChallenges')} <Link to="/challenges" style={{ fontSize: 14 }}>{t('home.seeAll')}</Link>
      </Typography.Title>
      <QueryState query={latest} isEmpty={(d) => d.items.length === 0} empty={t('board.empty')}>
        {(data) => <div className="tm-card-grid">{data.items.map((c) => <ChallengeCardItem key={c.id} challenge={c} />)}</div>}
      </QueryState>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('home.latestNeeds')} <Link to="/needs" style={{ fontSize: 14 }}>{t('home.seeAll')}</Link>
      </Typography.Title>
      <QueryState query={needs} isEmpty={(d) => d.items.length === 0} empty={t('needsHall.empty')}>
        {(data) => <div className="tm-card-grid">{data.items.map((n) => <NeedCardItem key={n.id} need={n} />)}</div>}
      </QueryState>
    </>
  );
}

export function HomePage() {
  const auth = useAuth();
  return (
    <>
      <Hero />
      <MarketAtAGlance />
      {!auth.user && <RoleCards />}
    </>
  );
}
