import { Button, Card, Form, Input, InputNumber, Radio, Select, Space, TreeSelect, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ChallengeMode, DraftChallengeRequest, OrganisationKind } from '@/shared/api/types';
import { fromCityLocalInput, toCityLocalInput } from '@/shared/format/dates';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { useCommand } from '@/shared/ui/useCommand';
import { AcceptedNeedPicker } from './AcceptedNeedPicker';
import { bureauKeys } from './queries';

interface Values {
  title: string;
  publicSummary: string;
  confidentialDetails: string;
  requirements: string;
  field: string;
  needs: { needId: string; amount: number }[];
  governmentSubsidy: number;
  opensAt: string;
  closesAt: string;
  criteria: { name: string; weight: number }[];
  kinds: OrganisationKind[];
  districts: string[];
  mode: ChallengeMode;
  winnerCount: number;
  passMark?: number | null;
  stages: { name: string; sharePercent: number }[];
  ndaTerms: string;
}

export function toDraftRequest(v: Values): DraftChallengeRequest {
  return {
    title: v.title,
    publicSummary: v.publicSummary,
    confidentialDetails: v.confidentialDetails ?? '',
    requirements: v.requirements,
    field: v.field,
    needs: v.needs,
    governmentSubsidy: v.governmentSubsidy ?? 0,
    opensAt: fromCityLocalInput(v.opensAt),
    closesAt: fromCityLocalInput(v.closesAt),
    // Keys are for the scores only; the bureau names criteria in words.
    criteria: v.criteria.map((c, i) => ({ key: `c${i + 1}`, name: c.name, weight: c.weight })),
    eligibility: { kinds: v.kinds, districts: v.districts ?? [] },
    mode: v.mode,
    winnerCount: v.mode === 'SingleWinner' ? 1 : v.winnerCount,
    passMark: v.passMark ?? null,
    stages: v.mode === 'HorseRace' ? v.stages : [],
    ndaTerms: v.ndaTerms,
  };
}

/** 凝练立题: a draft challenge from accepted needs, with criteria whose weights must sum to 100. */
export function NewChallengePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const needs = Form.useWatch('needs', form) ?? [];
  const criteria = Form.useWatch('criteria', form) ?? [];
  const stages = Form.useWatch('stages', form) ?? [];
  const subsidy = Form.useWatch('governmentSubsidy', form) ?? 0;
  const mode = Form.useWatch('mode', form);
  const weightSum = criteria.reduce((s, c) => s + (Number(c?.weight) || 0), 0);
  const shareSum = stages.reduce((s, c) => s + (Number(c?.sharePercent) || 0), 0);
  const bounty = needs.reduce((s, n) => s + (Number(n?.amount) || 0), 0) + Number(subsidy || 0);
  const draft = useCommand({
    run: (values: Values) => unwrap(api.POST('/api/challenges', { body: toDraftRequest(values) })),
    invalidates: [bureauKeys.drafts],
    form,
    success: t('bureau.created'),
    onSuccess: (created) => navigate(`/bureau/challenges/${created.id}`),
  });
  const now = new Date();
  const required = { required: true, message: t('validation.required') };
  const length = (min: number, max: number) => ({ min, max, message: t('validation.length', { min, max }) });

  return (
    <>
      <PageHeader title={t('bureau.newChallenge')} intro={t('bureau.newChallengeIntro')} />
      <Form<Values> form={form} layout="vertical" style={{ maxWidth: 860 }} onFinish={(v) => draft.mutate(v)}
        initialValues={{
          needs: [{ needId: undefined, amount: undefined }],
          governmentSubsidy: 0,
          opensAt: toCityLocalInput(now),
          closesAt: toCityLocalInput(new Date(now.getTime() + 14 * 86400_000)),
          criteria: [
            { name: t('bureau.defaultCriterion1'), weight: 40 },
            { name: t('bureau.defaultCriterion2'), weight: 30 },
            { name: t('bureau.defaultCriterion3'), weight: 30 },
          ],
          kinds: ['University', 'Institute'],
          districts: [],
          mode: 'SingleWinner',
          winnerCount: 2,
          stages: [{ name: '', sharePercent: 50 }, { name: '', sharePercent: 50 }],
          ndaTerms: t('bureau.defaultNda'),
        }}>
        <Card title={t('bureau.needsAndFunding')} style={{ marginBottom: 16 }}>
          <Form.List name="needs">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'needId']} label={t('bureau.pickNeeds')} rules={[required]} style={{ minWidth: 280, flex: 1 }}>
                      <AcceptedNeedPicker style={{ width: 'min(480px, 80vw)' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'amount']} label={t('bureau.amount')} rules={[required]}>
                      <InputNumber min={0} precision={2} style={{ width: 180 }} />
                    </Form.Item>
                    {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('common.cancel')} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})}>{t('bureau.pickNeeds')}</Button>
              </>
            )}
          </Form.List>
          <Form.Item name="governmentSubsidy" label={t('bureau.subsidy')} style={{ marginTop: 16 }}>
            <InputNumber min={0} precision={2} style={{ width: 200 }} />
          </Form.Item>
          <Typography.Text strong>{t('bureau.bountyTotal', { amount: format.money(bounty) })}</Typography.Text>
        </Card>
        <Card title={t('common.title')} style={{ marginBottom: 16 }}>
          <Form.Item name="title" label={t('common.title')} rules={[required, length(4, 100)]}><Input /></Form.Item>
          <Form.Item name="field" label={t('common.field')} rules={[required]}><TreeSelect treeData={reference.fieldTree} showSearch treeNodeFilterProp="title" /></Form.Item>
          <Form.Item name="publicSummary" label={t('common.summary')} rules={[required, length(10, 1000)]}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
          <Form.Item name="requirements" label={t('challenge.requirements')} rules={[required, length(10, 5000)]}><Input.TextArea autoSize={{ minRows: 3 }} /></Form.Item>
          <Form.Item name="confidentialDetails" label={t('challenge.confidential')}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
          <Form.Item name="ndaTerms" label={t('bureau.ndaTerms')} rules={[required, length(10, 5000)]}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
        </Card>
        <Card title={t('bureau.schedule')} style={{ marginBottom: 16 }}>
          <Space wrap>
            <Form.Item name="opensAt" label={t('common.opensAt')} rules={[required]}><Input type="datetime-local" /></Form.Item>
            <Form.Item name="closesAt" label={t('common.deadline')} dependencies={['opensAt']}
              rules={[required, ({ getFieldValue }) => ({ validator: (_, v: string) => (!v || v > getFieldValue('opensAt') ? Promise.resolve() : Promise.reject(new Error(t('validation.closeAfterOpen')))) })]}>
              <Input type="datetime-local" />
            </Form.Item>
          </Space>
        </Card>
        <Card title={t('bureau.criteria')} style={{ marginBottom: 16 }}
          extra={<Typography.Text strong style={{ color: weightSum === 100 ? '#135200' : '#a8071a' }} aria-live="polite">{t('bureau.weightsTotal', { sum: weightSum })}</Typography.Text>}>
          <Form.List name="criteria" rules={[{ validator: async (_, rows: Values['criteria']) => {
            const sum = (rows ?? []).reduce((s, c) => s + (Number(c?.weight) || 0), 0);
            if (sum !== 100) throw new Error(t('validation.weightsSum', { sum }));
          } }]}>
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'name']} label={`${t('bureau.criterionName')} ${index + 1}`} rules={[required, length(2, 50)]}>
                      <Input style={{ width: 'min(360px, 70vw)' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'weight']} label={t('challenge.weight')} rules={[required]}>
                      <InputNumber min={1} max={100} precision={0} style={{ width: 100 }} />
                    </Form.Item>
                    {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('common.cancel')} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />}
                  </Space>
                ))}
                <Form.ErrorList errors={errors} />
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', weight: 10 })} disabled={fields.length >= 10}>{t('bureau.addCriterion')}</Button>
              </>
            )}
          </Form.List>
          <Form.Item name="passMark" label={t('bureau.passMark')} extra={t('bureau.passMarkHelp')} style={{ marginTop: 16 }}>
            <InputNumber min={0} max={100} precision={2} style={{ width: 160 }} />
          </Form.Item>
        </Card>
        <Card title={t('challenge.eligibility')} style={{ marginBottom: 16 }}>
          <Form.Item name="kinds" label={t('bureau.eligibleKinds')} rules={[{ required: true, message: t('validation.atLeastOne') }]}>
            <Select mode="multiple" options={(['University', 'Institute', 'Enterprise'] as const).map((k) => ({ value: k, label: t(`organisationKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="districts" label={t('bureau.eligibleDistricts')}>
            <Select mode="multiple" allowClear options={reference.districtOptions} />
          </Form.Item>
          <Form.Item name="mode" label={t('common.mode')}>
            <Radio.Group options={(['SingleWinner', 'HorseRace'] as const).map((m) => ({ value: m, label: t(`challengeMode.${m}`) }))} />
          </Form.Item>
          {mode === 'HorseRace' && (
            <>
              <Form.Item name="winnerCount" label={t('bureau.winnerCount')}><InputNumber min={2} max={10} precision={0} /></Form.Item>
              <Typography.Text strong style={{ color: shareSum === 100 ? '#135200' : '#a8071a' }}>{t('validation.sharesSum', { sum: shareSum })}</Typography.Text>
              <Form.List name="stages">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, index) => (
                      <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                        <Form.Item name={[field.name, 'name']} label={`${t('bureau.stageName')} ${index + 1}`} rules={[required, length(2, 50)]}><Input /></Form.Item>
                        <Form.Item name={[field.name, 'sharePercent']} label={t('bureau.stageShare')} rules={[required]}><InputNumber min={1} max={100} precision={0} /></Form.Item>
                        {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('common.cancel')} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />}
                      </Space>
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add({ name: '', sharePercent: 0 })} disabled={fields.length >= 5}>{t('bureau.addStage')}</Button>
                  </>
                )}
              </Form.List>
            </>
          )}
        </Card>
        <Button type="primary" htmlType="submit" size="large" loading={draft.isPending}>{t('bureau.createDraft')}</Button>
      </Form>
    </>
  );
}
