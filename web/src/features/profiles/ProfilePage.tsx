import { useEffect } from 'react';
import { Button, Card, Col, Form, Input, List, Row, Space, Tag, TreeSelect, Typography } from 'antd';
import { Link } from 'react-router';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { isProblem } from '@/shared/api/problem';
import type { components } from '@/shared/api/schema';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { ProblemAlert } from '@/shared/ui/ProblemAlert';
import { useCommand } from '@/shared/ui/useCommand';

type Content = components['schemas']['ProfileContent'];
const profileKeys = { mine: ['profiles', 'mine'] as const };

/** 三张清单: a university's strengths, teams and achievements (优质成果: what is on the hall, each linked to its page), or an
 * enterprise's fields, products and needs. */
export function ProfilePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const reference = useReference();
  const format = useFormat();
  const enterprise = auth.is('Enterprise');
  const [form] = Form.useForm<Content>();
  const profile = useQuery({ queryKey: profileKeys.mine, queryFn: () => unwrap(api.GET('/api/profiles/mine')), retry: false });
  const missing = profile.isError && isProblem(profile.error) && profile.error.status === 404;
  const save = useCommand({
    run: (content: Content) =>
      unwrap(api.PUT('/api/profiles/mine', {
        body: { ...content, strengths: content.strengths ?? [], teams: content.teams ?? [], products: content.products ?? [] },
        headers: ifMatch(profile.data?.version),
      })),
    invalidates: [profileKeys.mine],
    form,
    success: t('common.saved'),
  });
  useEffect(() => {
    if (profile.data) {
      const { summary, fields, strengths, teams, products } = profile.data;
      form.setFieldsValue({ summary, fields, strengths, teams, products });
    }
  }, [profile.data, form]);

  const entries = (name: 'strengths' | 'teams' | 'products', withLeader = false) => (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {items.map((item) => (
            <Row key={item.key} gutter={8} align="top" wrap>
              <Col xs={24} sm={withLeader ? 6 : 8}>
                <Form.Item name={[item.name, 'name']} label={t('profiles.name')} rules={[{ required: true, message: t('validation.required') }]}>
                  <Input />
                </Form.Item>
              </Col>
              {withLeader && (
                <Col xs={24} sm={5}>
                  <Form.Item name={[item.name, 'leader']} label={t('profiles.leader')} rules={[{ required: true, message: t('validation.required') }]}>
                    <Input />
                  </Form.Item>
                </Col>
              )}
              <Col xs={20} sm={withLeader ? 11 : 14}>
                <Form.Item name={[item.name, 'description']} label={t('profiles.description')} rules={[{ required: true, message: t('validation.required') }]}>
                  <Input.TextArea autoSize />
                </Form.Item>
              </Col>
              <Col xs={4} sm={2} style={{ paddingTop: 30 }}>
                <Button aria-label={t('profiles.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(item.name)} />
              </Col>
            </Row>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(withLeader ? { name: '', leader: '', description: '' } : { name: '', description: '' })}>
            {t('profiles.add')} · {t(`profiles.${name}`)}
          </Button>
        </Space>
      )}
    </Form.List>
  );

  return (
    <>
      <PageHeader title={t('profiles.title')} intro={t('profiles.intro')} />
      {profile.isError && !missing && <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />}
      <Card>
        <Form form={form} layout="vertical" initialValues={{ summary: '', fields: [], strengths: [], teams: [], products: [] }} onFinish={(v) => save.mutate(v)}>
          <Form.Item name="summary" label={t('profiles.summary')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Form.Item name="fields" label={t('profiles.fields')} rules={[{ required: true, message: t('validation.required') }]}>
            <TreeSelect multiple treeData={reference.fieldTree} treeNodeFilterProp="title" />
          </Form.Item>
          {enterprise ? (
            <>
              <Typography.Title level={2} style={{ fontSize: 18 }}>{t('profiles.products')}</Typography.Title>
              {entries('products')}
            </>
          ) : (
            <>
              <Typography.Title level={2} style={{ fontSize: 18 }}>{t('profiles.strengths')}</Typography.Title>
              {entries('strengths')}
              <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>{t('profiles.teams')}</Typography.Title>
              {entries('teams', true)}
            </>
          )}
          <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <Card title={t(enterprise ? 'profiles.needs' : 'profiles.achievements')} style={{ marginTop: 16 }}>
        {enterprise ? (
          <List
            dataSource={profile.data?.needs ?? []}
            locale={{ emptyText: <Typography.Text className="tm-muted">{t('profiles.noNeeds')}</Typography.Text> }}
            renderItem={(need) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{need.title}</Typography.Text>
                  <Typography.Text className="tm-muted">{reference.fieldName(need.field)} · {format.moneyRange(need.budgetMin, need.budgetMax)}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        ) : (
          <List
            dataSource={profile.data?.achievements ?? []}
            locale={{ emptyText: <Typography.Text className="tm-muted">{t('profiles.noAchievements')}</Typography.Text> }}
            renderItem={(achievement) => (
              <List.Item extra={<strong>{achievement.askingPrice == null ? t('achievements.negotiable') : format.money(achievement.askingPrice)}</strong>}>
                <Space direction="vertical" size={0}>
                  <Link to={`/achievements/${achievement.id}`}><Typography.Text strong>{achievement.title}</Typography.Text></Link>
                  <Typography.Text className="tm-muted">
                    {reference.fieldName(achievement.field)} · {t('achievements.trl', { trl: achievement.trl })}
                    {achievement.useFirstPayLater && <Tag color="success" style={{ marginInlineStart: 8 }}>{t('profiles.useFirstPayLater')}</Tag>}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
