import { Card, Descriptions } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isFullNeed } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { NeedStatusTag, PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useNeed } from './queries';

/** One need: its public summary, or all of it for its enterprise and the bureau. */
export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const need = useNeed(id);
  return (
    <QueryState query={need}>
      {(n) => (
        <>
          <PageHeader title={n.title} extra={<NeedStatusTag status={n.status} />} />
          <Card>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('needsHall.postedBy')}>{n.organisationName}</Descriptions.Item>
              <Descriptions.Item label={t('common.district')}>{reference.districtName(n.district)}</Descriptions.Item>
              <Descriptions.Item label={t('common.field')}>{reference.fieldName(n.field)}</Descriptions.Item>
              <Descriptions.Item label={t('common.budget')}>{format.moneyRange(n.budgetMin, n.budgetMax)}</Descriptions.Item>
              <Descriptions.Item label={t('needsHall.delivery')}>{format.date(n.desiredDelivery)}</Descriptions.Item>
              <Descriptions.Item label={t('common.summary')} span={2}><Prose>{n.publicSummary}</Prose></Descriptions.Item>
              {isFullNeed(n) && <Descriptions.Item label={t('common.description')} span={2}><Prose>{n.description}</Prose></Descriptions.Item>}
              {isFullNeed(n) && n.confidentialDetails && (
                <Descriptions.Item label={t('enterprise.confidentialDetails')} span={2}><Prose>{n.confidentialDetails}</Prose></Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </>
      )}
    </QueryState>
  );
}
