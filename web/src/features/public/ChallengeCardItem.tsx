import { Card, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ChallengeCard } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { ChallengeStatusTag } from '@/shared/ui/bits';
import { useSecondsLeft } from './useLiveBoard';

/** A challenge on the board: bounty, district, field, time left, bid count — never who bid. Given `since` (when the
 * server said it), the time left counts down on screen. */
export function ChallengeCardItem({ challenge, to, since }: { challenge: ChallengeCard; to?: string; since?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const open = challenge.status === 'Published';
  const secondsLeft = useSecondsLeft(challenge.secondsLeft, since ?? 0, open && since !== undefined);
  return (
    <Card
      size="small"
      title={
        <Link to={to ?? `/challenges/${challenge.id}`} style={{ whiteSpace: 'normal' }}>
          {challenge.title}
        </Link>
      }
      extra={<ChallengeStatusTag status={challenge.status} />}
    >
      <Typography.Paragraph ellipsis={{ rows: 2 }} className="tm-muted">
        {challenge.publicSummary}
      </Typography.Paragraph>
      <Space size="large" wrap>
        <Statistic title={t('common.bounty')} value={format.money(challenge.bounty, true)} />
        <Statistic title={t('common.bidCount')} value={Number(challenge.bidCount)} />
        <Statistic title={t('common.timeLeft')} value={open ? format.timeLeft(secondsLeft) : t('board.closed')} />
      </Space>
      <div className="tm-muted" style={{ marginTop: 8 }}>
        {reference.districtName(challenge.district)} · {reference.fieldName(challenge.field)} · {t(`challengeMode.${challenge.mode}`)} · {t('board.closes', { date: format.dateTime(challenge.closesAt) })}
      </div>
    </Card>
  );
}
