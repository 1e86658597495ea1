import { Card, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChallengeStatusTag, PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useMyReviews } from './queries';

/** 评审任务: the challenges an expert reviews, each bid under its blind label, scored or not. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const reviews = useMyReviews();
  return (
    <>
      <PageHeader title={t('nav.reviews')} intro={t('expert.reviewsIntro')} />
      <QueryState query={reviews} isEmpty={(d) => d.length === 0} empty={t('expert.emptyReviews')}>
        {(rows) => (
          <div className="tm-card-grid">
            {rows.map((r) => (
              <Card key={r.challengeId} size="small" title={<Link to={`/expert/challenges/${r.challengeId}`} style={{ whiteSpace: 'normal' }}>{r.title}</Link>}
                extra={<ChallengeStatusTag status={r.status} />}>
                {r.bids.map((b) => (
                  <Tag key={b.label} color={b.recused ? 'default' : b.myScores ? 'success' : 'warning'}>
                    {t('expert.bidLabel', { label: b.label })} · {b.recused ? t('expert.recused') : b.myScores ? t('expert.scored') : t('expert.notScored')}
                  </Tag>
                ))}
              </Card>
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}
