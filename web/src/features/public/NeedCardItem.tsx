import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NeedSummary } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';

export function NeedCardItem({ need }: { need: NeedSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  return (
    <Card size="small" title={<Link to={`/needs/${need.id}`} style={{ whiteSpace: 'normal' }}>{need.title}</Link>}>
      <Typography.Paragraph ellipsis={{ rows: 2 }} className="tm-muted">
        {need.publicSummary}
      </Typography.Paragraph>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('common.budget')}>{format.moneyRange(need.budgetMin, need.budgetMax)}</Descriptions.Item>
        <Descriptions.Item label={t('common.field')}>{reference.fieldName(need.field)}</Descriptions.Item>
        <Descriptions.Item label={t('common.district')}>{reference.districtName(need.district)}</Descriptions.Item>
        <Descriptions.Item label={t('needsHall.postedBy')}>{need.organisationName}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
