import { useState } from 'react';
import { Button, Card, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { RoundView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { RoundPanel } from './RoundPanel';

export const roundKeys = {
  rounds: ['rounds'] as const,
  standing: ['rounds', 'standing-collection'] as const,
  report: (id: string) => ['rounds', id, 'report'] as const,
};

interface OpenValues {
  name: string;
  opens: string;
  closes: string;
}

const statusColour = { Upcoming: 'default', Open: 'processing', Closed: 'default' } as const;

/** 需求征集: the bureau's rounds, its standing-collection setting, each round's report, close and list. */
export function RoundsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const standing = useQuery({ queryKey: roundKeys.standing, queryFn: () => unwrap(api.GET('/api/rounds/standing-collection')) });
  const rounds = useQuery({ queryKey: roundKeys.rounds, queryFn: () => unwrap(api.GET('/api/rounds')) });
  const [form] = Form.useForm<OpenValues>();
  const [opened, setOpened] = useState<string | null>(null);
  const bureau = standing.data?.bureau;
  const level = bureau === 'city' ? 'City' : 'District';
  const setStanding = useCommand({
    run: (allowed: boolean) => unwrap(api.PUT('/api/rounds/standing-collection', { body: { allowed } })),
    invalidates: [roundKeys.standing],
    success: t('rounds.standingSaved'),
  });
  const open = useCommand({
    run: (v: OpenValues) => unwrap(api.POST('/api/rounds', { body: { name: v.name, level, opens: v.opens, closes: v.closes } })),
    invalidates: [roundKeys.rounds],
    form,
    success: t('rounds.opened'),
    onSuccess: (created) => {
      form.resetFields();
      setOpened(created.id);
    },
  });
  return (
    <>
      <PageHeader title={t('rounds.title')} intro={t('rounds.intro')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space align="start">
          <Switch aria-label={t('rounds.standing')} checked={standing.data?.allowed ?? true} loading={standing.isLoading || setStanding.isPending}
            onChange={(allowed) => setStanding.mutate(allowed)} />
          <div>
            <Typography.Text strong>{t('rounds.standing')}</Typography.Text>
            <div className="tm-muted">{t('rounds.standingHelp')}</div>
          </div>
        </Space>
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('rounds.open')} · {t(`rounds.levels.${level}`)}</h2>} style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" onFinish={(v) => open.mutate(v)}>
          <Form.Item name="name" label={t('rounds.name')} rules={[{ required: true }]}><Input style={{ width: 320 }} /></Form.Item>
          <Form.Item name="opens" label={t('rounds.opens')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
          <Form.Item name="closes" label={t('rounds.closes')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
          <Button type="primary" htmlType="submit" loading={open.isPending}>{t('rounds.open')}</Button>
        </Form>
      </Card>
      <QueryState query={rounds} isEmpty={(d) => d.filter((r) => r.bureau === bureau).length === 0} empty={t('rounds.none')}>
        {(data) => (
          <Table<RoundView> rowKey="id" size="small" pagination={false} dataSource={data.filter((r) => r.bureau === bureau)}
            expandable={{
              expandedRowRender: (r) => <RoundPanel round={r} />,
              defaultExpandedRowKeys: opened ? [opened] : [],
              expandRowByClick: true,
            }}
            columns={[
              { title: t('rounds.name'), dataIndex: 'name' },
              { title: t('rounds.level'), dataIndex: 'level', render: (l: RoundView['level']) => t(`rounds.levels.${l}`) },
              { title: t('rounds.opens'), dataIndex: 'opens', render: (d: string) => format.date(d) },
              { title: t('rounds.closes'), dataIndex: 'closes', render: (d: string) => format.date(d) },
              { title: t('rounds.status'), dataIndex: 'status', render: (s: RoundView['status']) => <Tag color={statusColour[s]}>{t(`rounds.statuses.${s}`)}</Tag> },
            ]} />
        )}
      </QueryState>
    </>
  );
}
