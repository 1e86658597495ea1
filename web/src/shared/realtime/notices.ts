import type { TFunction } from 'i18next';
import type { components } from '@/shared/api/schema';

export type Notice = components['schemas']['NoticeMessage'];

/** A notice in the user's language, from its kind and values. */
export function describeNotice(notice: Notice, t: TFunction): string {
  const values = notice.values ?? {};
  switch (notice.kind) {
    case 'MatchFound':
      return t('notices.MatchFound', { title: notice.title, score: `${Math.round(Number(values.score ?? 0) * 100)}%` });
    case 'NeedRejected':
      return t('notices.NeedRejected', { title: notice.title, reason: values.reason ?? '' });
    case 'AwardResult':
      return t('notices.AwardResult', {
        title: notice.title,
        result: t(values.won === 'true' ? 'notices.won' : 'notices.lost', { rank: values.rank ?? '' }),
      });
    case 'NeedAccepted':
      return t('notices.NeedAccepted', { title: notice.title });
    case 'ReviewAssigned':
      return t('notices.ReviewAssigned', { title: notice.title });
    case 'JointBidNamed':
      return t('notices.JointBidNamed', { title: notice.title, lead: values.leadName ?? '', role: values.role ?? '', share: values.share ?? '' });
    case 'JointBidUnnamed':
      return t('notices.JointBidUnnamed', { title: notice.title, lead: values.leadName ?? '' });
    case 'JointBidAnswered':
      return t(values.answer === 'Declined' ? 'notices.JointBidDeclined' : 'notices.JointBidConfirmed', {
        title: notice.title, member: values.memberName ?? '', reason: values.reason ?? '',
      });
    default:
      return notice.title;
  }
}

const subjectPaths: Record<string, string> = { Need: '/needs', Challenge: '/challenges', Achievement: '/achievements' };

/** Where a notice opens: a match's subject (the need, challenge or achievement it was found for); others open nothing. */
export function noticeLink(notice: Notice): string | null {
  const values = notice.values ?? {};
  if (notice.kind === 'MatchFound') {
    const path = subjectPaths[values.subjectKind ?? ''];
    return path && values.subjectId ? `${path}/${values.subjectId}` : null;
  }
  return null;
}
