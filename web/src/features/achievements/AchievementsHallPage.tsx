import { useState } from 'react';
import { Button, Card, Checkbox, Input, List, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { AchievementView, TransferMode } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';

/** 成果大厅: published achievements with their maturity, patents, asking price and 先用后转 terms. */
export function AchievementsHallPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const auth = useAuth();
  const [q, setQ] = useState('');
  const [trial, setTrial] = useState(false);
  const hall = useQuery({
    queryKey: ['achievements', q, trial],
    queryFn: () => unwrap(api.GET('/api/achievements', { params: { query: { q: q || undefined, trial: trial || undefined, pageSize: 50 } } })),
  });
  const takeTrial = useCommand({
    run: (id: string) => unwrap(api.POST('/api/achievements/{id}/trials', { params: { path: { id } } })),
    invalidates: [['achievements']],
    success: t('achievements.trialStarted'),
  });
  return (
    <>
      <PageHeader title={t('achievements.hall')} intro={t('achievements.hallIntro')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label={t('common.keyword')} placeholder={t('common.keyword')} allowClear onSearch={setQ} style={{ width: 260 }} />
        <Checkbox checked={trial} onChange={(e) => setTrial(e.target.checked)}>{t('achievements.trialOnly')}</Checkbox>
      </Space>
      <QueryState query={hall} isEmpty={(d) => d.items.length === 0} empty={t('achievements.none')}>
        {(page) => (
          <List<AchievementView> grid={{ gutter: 16, xs: 1, lg: 2 }} dataSource={page.items}
            renderItem={(a) => (
              <List.Item>
                <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{a.title}</h2>}
                  extra={<strong>{a.askingPrice == null ? t('achievements.negotiable') : format.money(a.askingPrice)}</strong>}>
                  <p className="tm-muted">{a.organisationName} · {reference.fieldName(a.field)} · {t('achievements.trl', { trl: a.trl })}</p>
                  <Prose>{a.summary}</Prose>
                  <p>{(a.transferModes as TransferMode[]).map((m) => <Tag key={m}>{t(`achievements.modes.${m}`)}</Tag>)}{a.patents.map((p) => <Tag key={p} className="tm-hash">{p}</Tag>)}</p>
                  {a.trial && (
                    <Space wrap>
                      <Tag>{t('achievements.trial', { days: a.trial.trialDays, price: format.money(a.trial.conversionPrice) })}</Tag>
                      {auth.is('Enterprise') && <Button size="small" onClick={() => takeTrial.mutate(a.id)}>{t('achievements.takeTrial')}</Button>}
                    </Space>
                  )}
                </Card>
              </List.Item>
            )} />
        )}
      </QueryState>
    </>
  );
}
