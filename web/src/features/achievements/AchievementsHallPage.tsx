import { useState } from 'react';
import { Card, Checkbox, Input, InputNumber, List, Select, Space, Tag, TreeSelect } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AchievementView, TransferMode } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { type HallFilter, useHall } from './queries';

export const transferModes: TransferMode[] = ['Transfer', 'Licence', 'CoDevelopment'];

/** The modes, patents and 先用后转 terms of an achievement as tags. */
export function AchievementTags({ achievement }: { achievement: AchievementView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p>
      {(achievement.transferModes as TransferMode[]).map((m) => <Tag key={m}>{t(`achievements.modes.${m}`)}</Tag>)}
      {achievement.patents.map((p) => <Tag key={p} className="tm-hash">{p}</Tag>)}
      {achievement.trial && (
        <Tag color="success">{t('achievements.trial', { months: achievement.trial.trialMonths, price: format.money(achievement.trial.conversionPrice) })}</Tag>
      )}
    </p>
  );
}

/** 成果大厅: published achievements, filtered by keyword, field, readiness, transfer mode, price, district and 先用后转. */
export function AchievementsHallPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const [filter, setFilter] = useState<HallFilter>({});
  const change = (patch: HallFilter) => setFilter((f) => ({ ...f, ...patch }));
  const hall = useHall(filter);
  return (
    <>
      <PageHeader title={t('achievements.hall')} intro={t('achievements.hallIntro')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label={t('common.keyword')} placeholder={t('common.keyword')} allowClear onSearch={(q) => change({ q })} style={{ width: 220 }} />
        <TreeSelect aria-label={t('common.field')} placeholder={t('achievements.anyField')} allowClear treeData={reference.fieldTree} style={{ width: 200 }}
          onChange={(field?: string) => change({ field })} />
        <Select<TransferMode> aria-label={t('achievements.transferModes')} placeholder={t('achievements.anyMode')} allowClear style={{ width: 150 }}
          options={transferModes.map((m) => ({ value: m, label: t(`achievements.modes.${m}`) }))} onChange={(mode) => change({ mode })} />
        <Select<number> aria-label={t('achievements.minTrl')} placeholder={t('achievements.minTrl')} allowClear style={{ width: 150 }}
          options={[3, 4, 5, 6, 7, 8, 9].map((trl) => ({ value: trl, label: `TRL ≥ ${trl}` }))} onChange={(trlMin) => change({ trlMin })} />
        <InputNumber<number> aria-label={t('achievements.maxPrice')} placeholder={t('achievements.maxPrice')} min={1} precision={0} style={{ width: 190 }}
          onChange={(maxPrice) => change({ maxPrice: maxPrice ?? undefined })} />
        <Select<string> aria-label={t('common.district')} placeholder={t('achievements.anyDistrict')} allowClear style={{ width: 150 }}
          options={reference.districtOptions} onChange={(district) => change({ district })} />
        <Checkbox checked={filter.trial ?? false} onChange={(e) => change({ trial: e.target.checked || undefined })}>{t('achievements.trialOnly')}</Checkbox>
      </Space>
      <QueryState query={hall} isEmpty={(d) => d.items.length === 0} empty={t('achievements.none')}>
        {(page) => (
          <List<AchievementView> grid={{ gutter: 16, xs: 1, lg: 2 }} dataSource={page.items}
            renderItem={(a) => (
              <List.Item>
                <Card title={<h2 style={{ fontSize: 16, margin: 0 }}><Link to={`/achievements/${a.id}`}>{a.title}</Link></h2>}
                  extra={<strong>{a.askingPrice == null ? t('achievements.negotiable') : format.money(a.askingPrice)}</strong>}>
                  <p className="tm-muted">{a.organisationName} · {reference.fieldName(a.field)} · {t('achievements.trl', { trl: a.trl })}</p>
                  <Prose>{a.summary}</Prose>
                  <AchievementTags achievement={a} />
                </Card>
              </List.Item>
            )} />
        )}
      </QueryState>
    </>
  );
}
