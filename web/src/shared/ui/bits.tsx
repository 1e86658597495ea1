import type { ReactNode } from 'react';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChallengeStatus, NeedStatus } from '../api/types';

/** A page's heading and one line on what it is for. */
export function PageHeader({ title, intro, extra }: { title: ReactNode; intro?: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: 8, marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} className="tm-page-title" style={{ fontSize: 24 }}>
          {title}
        </Typography.Title>
        {intro && <Typography.Paragraph className="tm-muted" style={{ marginBottom: 0 }}>{intro}</Typography.Paragraph>}
      </div>
      {extra}
    </div>
  );
}

const needColours: Record<NeedStatus, string> = { Draft: 'default', Submitted: 'processing', Accepted: 'success', Rejected: 'error', Withdrawn: 'default' };
const challengeColours: Record<ChallengeStatus, string> = {
  Draft: 'default',
  Published: 'processing',
  BiddingClosed: 'warning',
  UnderReview: 'warning',
  InPublicity: 'processing',
  Awarded: 'success',
  InProgress: 'processing',
  Completed: 'success',
  Failed: 'error',
  Cancelled: 'default',
  Unfilled: 'default',
};

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return <Tag color={needColours[status]}>{t(`needStatus.${status}`)}</Tag>;
}

export function ChallengeStatusTag({ status }: { status: ChallengeStatus }) {
  const { t } = useTranslation();
  return <Tag color={challengeColours[status]}>{t(`challengeStatus.${status}`)}</Tag>;
}

/** Long text as the author wrote it, line breaks kept. */
export function Prose({ children }: { children: ReactNode }) {
  return <div className="tm-pre">{children}</div>;
}
