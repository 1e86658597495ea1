import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, InputNumber, Space, Table } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { AchievementView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from '@/features/contracts/FormModal';
import { AchievementTags } from './AchievementsHallPage';
import { marketKeys, useAchievement } from './queries';

type PriceChange = AchievementView['priceHistory'][number];

/** What an enterprise does with an achievement: open a deal, or take it on a 先用后转 trial. */
function EnterpriseActions({ achievement }: { achievement: AchievementView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const path = { params: { path: { id: achievement.id } } };
  const openDeal = useCommand({
    run: (body: { message: string }) => unwrap(api.POST('/api/achievements/{id}/deals', { ...path, body })),
    invalidates: [marketKeys.deals],
    success: t('achievements.dealOpened'),
    onSuccess: (started) => void navigate(`/deals/${started.id}`),
  });
  const takeTrial = useCommand({
    run: () => unwrap(api.POST('/api/achievements/{id}/trials', path)),
    invalidates: [marketKeys.trials],
    success: t('achievements.trialStarted'),
    onSuccess: () => void navigate('/trials'),
  });
  return (
    <Space wrap>
      <FormModal<{ message: string }> label={t('achievements.openDeal')} title={t('achievements.openDeal')} primary onSubmit={(v) => openDeal.mutateAsync(v)}>
        {() => (
          <Form.Item name="message" label={t('achievements.dealMessage')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </FormModal>
      {achievement.trial && <Button size="small" loading={takeTrial.isPending} onClick={() => takeTrial.mutate()}>{t('achievements.takeTrial')}</Button>}
    </Space>
  );
}

/** What the owner does: change the asking price (every price stays on record) or withdraw it from the hall. */
export function OwnerActions({ achievement, version }: { achievement: AchievementView; version?: string | null }) {
  const { t } = useTranslation();
  const path = { params: { path: { id: achievement.id } }, headers: ifMatch(version) };
  const keys = [marketKeys.achievement(achievement.id), marketKeys.mine];
  const price = useCommand({
    run: (v: { askingPrice?: number; negotiable?: boolean; reason: string }) =>
      unwrap(api.PUT('/api/achievements/{id}/price', { ...path, body: { askingPrice: v.negotiable ? null : (v.askingPrice ?? null), reason: v.reason } })),
    invalidates: keys,
  });
  const withdraw = useCommand({
    run: (body: { reason: string }) => unwrap(api.POST('/api/achievements/{id}/withdraw', { ...path, body })),
    invalidates: keys,
  });
  if (achievement.withdrawn) return null;
  return (
    <Space wrap>
      <FormModal<{ askingPrice?: number; negotiable?: boolean; reason: string }> label={t('achievements.changePrice')} title={t('achievements.changePrice')}
        onSubmit={(v) => price.mutateAsync(v)}>
        {() => (
          <>
            <Form.Item name="askingPrice" label={t('achievements.askingPrice')}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="negotiable" valuePropName="checked"><Checkbox>{t('achievements.negotiableLabel')}</Checkbox></Form.Item>
            <Form.Item name="reason" label={t('achievements.priceReason')} rules={[{ required: true, message: t('validation.required') }]}><Input /></Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ reason: string }> label={t('achievements.withdraw')} title={t('achievements.withdrawTitle')} danger onSubmit={(v) => withdraw.mutateAsync(v)}>
        {() => <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={2} /></Form.Item>}
      </FormModal>
    </Space>
  );
}

/** 科技成果: its maturity, patents, transfer modes, asking price with its history, and 先用后转 terms. */
export function AchievementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const format = useFormat();
  const reference = useReference();
  const achievement = useAchievement(id);
  return (
    <QueryState query={achievement}>
      {(a) => (
        <>
          <PageHeader title={a.title} intro={`${a.organisationName} · ${reference.districtName(a.district)}`}
            extra={auth.organisationId === a.organisationId ? <OwnerActions achievement={a} />
              : auth.is('Enterprise') ? !a.withdrawn && <EnterpriseActions achievement={a} />
                : !auth.user && <Button onClick={() => void auth.signIn()}>{t('achievements.signInToDeal')}</Button>} />
          {a.withdrawn && <Alert type="warning" showIcon title={t('achievements.withdrawnAlert', { reason: a.withdrawalReason })} style={{ marginBottom: 16 }} />}
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('achievements.askingPrice')}>{a.askingPrice == null ? t('achievements.negotiable') : format.money(a.askingPrice)}</Descriptions.Item>
              <Descriptions.Item label={t('common.field')}>{reference.fieldName(a.field)}</Descriptions.Item>
              <Descriptions.Item label={t('achievements.trlLabel')}>{a.trl}</Descriptions.Item>
              <Descriptions.Item label={t('achievements.firstListed')}>{format.date(a.publishedAt)}</Descriptions.Item>
            </Descriptions>
            <Prose>{a.summary}</Prose>
            <AchievementTags achievement={a} />
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('achievements.priceHistory')}</h2>}>
            <Table<PriceChange> rowKey="at" dataSource={a.priceHistory} pagination={false} size="small"
              columns={[
                { title: t('common.updatedAt'), dataIndex: 'at', render: (at) => format.dateTime(at) },
                { title: t('achievements.askingPrice'), dataIndex: 'askingPrice', render: (p) => (p == null ? t('achievements.negotiable') : format.money(p)), align: 'right' },
                { title: t('common.reason'), dataIndex: 'reason', render: (r) => r ?? '—' },
              ]} />
          </Card>
        </>
      )}
    </QueryState>
  );
}
