import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractStatus, MilestoneStatus, PaymentStatus } from '@/shared/api/types';

const contractColours: Record<ContractStatus, string> = { Draft: 'default', FullySigned: 'processing', Registered: 'blue', Completed: 'success', Terminated: 'error' };
const milestoneColours: Record<MilestoneStatus, string> = { Open: 'default', Delivered: 'processing', Accepted: 'warning', Paid: 'success', Cancelled: 'default' };
const paymentColours: Record<PaymentStatus, string> = { Open: 'processing', Confirmed: 'success', Rejected: 'error', Cancelled: 'default' };

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return <Tag color={contractColours[status]}>{t(`contractStatus.${status}`)}</Tag>;
}

export function MilestoneStatusTag({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation();
  return <Tag color={milestoneColours[status]}>{t(`milestoneStatus.${status}`)}</Tag>;
}

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return <Tag color={paymentColours[status]}>{t(`paymentStatus.${status}`)}</Tag>;
}
