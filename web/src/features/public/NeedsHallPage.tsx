import { useState } from 'react';
import { Input, Pagination, Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { NeedCardItem } from './NeedCardItem';
import { useNeeds, type NeedsFilter } from './queries';

/** 需求大厅: accepted needs, public summaries, by field, district and text. */
export function NeedsHallPage() {
  const { t } = useTranslation();
  const reference = useReference();
  const [filter, setFilter] = useState<NeedsFilter>({ page: 1, pageSize: 12 });
  const needs = useNeeds(filter);
  const change = (next: Partial<NeedsFilter>) => setFilter((f) => ({ ...f, ...next, page: next.page ?? 1 }));
  return (
    <>
      <PageHeader title={t('needsHall.title')} intro={t('needsHall.intro')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label={t('common.keyword')} placeholder={t('common.keyword')} allowClear onSearch={(q) => change({ q: q || undefined })} style={{ width: 220 }} />
        <TreeSelect aria-label={t('common.field')} placeholder={t('common.field')} allowClear style={{ width: 200 }} treeData={reference.fieldTree}
          value={filter.field} onChange={(field) => change({ field })} />
        <Select aria-label={t('common.district')} placeholder={t('common.district')} allowClear style={{ width: 160 }} options={reference.districtOptions}
          value={filter.district} onChange={(district) => change({ district })} />
      </Space>
      <QueryState query={needs} isEmpty={(d) => d.items.length === 0} empty={t('needsHall.empty')}>
        {(data) => (
          <>
            <div className="tm-card-grid">{data.items.map((n) => <NeedCardItem key={n.id} need={n} />)}</div>
            <Pagination style={{ marginTop: 16 }} current={filter.page} pageSize={filter.pageSize} total={Number(data.total)}
              showTotal={(count) => t('common.total', { count })} onChange={(page) => change({ page })} showSizeChanger={false} />
          </>
        )}
      </QueryState>
    </>
  );
}
