import type { TFunction } from 'i18next';
import type { components } from '@/shared/api/schema';
import { formatMoney, type Language } from '@/shared/format/money';

export type Notice = components['schemas']['NoticeMessage'];

/** Why a contract waits for the reader's signature (SignatureRequested's `cause`). */
const signatureCauses = ['Drafted', 'Revised', 'RegistrationRefused', 'CounterpartSigned'] as const;
const paymentMethods = ['Online', 'BankTransfer', 'Voucher'] as const;
const oneOf = <T extends string>(known: readonly T[], value: string | undefined): T | null =>
  known.includes(value as T) ? (value as T) : null;

/** A notice in the user's language, from its kind and values (amounts as money in that language). */
export function describeNotice(notice: Notice, t: TFunction, language: Language): string {
  const values = notice.values ?? {};
  const title = notice.title;
  const milestone = { title, milestone: values.milestone ?? '', milestoneTitle: values.milestoneTitle ?? '' };
  switch (notice.kind) {
    case 'MatchFound':
      return t('notices.MatchFound', { title, score: `${Math.round(Number(values.score ?? 0) * 100)}%` });
    case 'NeedRejected':
      return t('notices.NeedRejected', { title, reason: values.reason ?? '' });
    case 'AwardResult':
      return t('notices.AwardResult', {
        title,
        result: t(values.won === 'true' ? 'notices.won' : 'notices.lost', { rank: values.rank ?? '' }),
      });
    case 'NeedAccepted':
      return t('notices.NeedAccepted', { title });
    case 'ReviewAssigned':
      return t('notices.ReviewAssigned', { title });
    case 'JointBidNamed':
      return t('notices.JointBidNamed', { title, lead: values.leadName ?? '', role: values.role ?? '', share: values.share ?? '' });
    case 'JointBidUnnamed':
      return t('notices.JointBidUnnamed', { title, lead: values.leadName ?? '' });
    case 'JointBidAnswered':
      return t(values.answer === 'Declined' ? 'notices.JointBidDeclined' : 'notices.JointBidConfirmed', {
        title, member: values.memberName ?? '', reason: values.reason ?? '',
      });
    case 'SignatureRequested':
      return t(`notices.signatureRequested.${oneOf(signatureCauses, values.cause) ?? 'other'}`, { title });
    case 'MilestoneAccepted':
      return t('notices.MilestoneAccepted', milestone);
    case 'PaymentReceived': {
      const method = oneOf(paymentMethods, values.method);
      return t('notices.PaymentReceived', {
        ...milestone,
        amount: formatMoney(values.amount, language),
        method: method ? t(`paymentMethod.${method}`) : (values.method ?? ''),
      });
    }
    default:
      return title;
  }
}

const subjectPaths: Record<string, string> = { Need: '/needs', Challenge: '/challenges', Achievement: '/achievements' };
const contractKinds: readonly string[] = ['SignatureRequested', 'MilestoneAccepted', 'PaymentReceived'];

/** A notice about a contract (its subject is the contract's id). */
export const isContractNotice = (notice: Notice) => contractKinds.includes(notice.kind);

/**
 * Where a notice opens: a match's subject (the need, challenge or achievement it was found for); a contract notice its
 * contract (/contracts/:id serves every party's role); others open nothing.
 */
export function noticeLink(notice: Notice): string | null {
  const values = notice.values ?? {};
  if (notice.kind === 'MatchFound') {
    const path = subjectPaths[values.subjectKind ?? ''];
    return path && values.subjectId ? `${path}/${values.subjectId}` : null;
  }
  return isContractNotice(notice) && notice.subjectId ? `/contracts/${notice.subjectId}` : null;
}
