import { Alert, Button, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import type { ChallengeRow, NeedRow, ReferenceInputs, TrialConversionRow, VoucherRow } from './activityQueries';

const page = { pageSize: 50, hideOnSinglePage: true } as const;

/** The challenges 「发布榜单N个，榜额合计…」 or 「完成揭榜N个」 counts, with the bounty column it sums. */
export function ChallengesTable({ challenges, bounty }: { challenges: ChallengeRow[]; bounty: number | string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  return (
    <>
      <Typography.Paragraph strong>{t('statistics.activity.challengesSum', { count: challenges.length, bounty: format.money(bounty) })}</Typography.Paragraph>
      <Table<ChallengeRow> size="small" rowKey="id" dataSource={challenges} pagination={page} scroll={{ x: true }}
        columns={[
          { title: t('statistics.activity.challengeTitle'), dataIndex: 'title' },
          { title: t('statistics.activity.district'), key: 'district', render: (_, c) => reference.districtName(c.district ?? '') },
          { title: t('statistics.activity.bounty'), key: 'bounty', align: 'right', render: (_, c) => format.money(c.bounty) },
          { title: t('statistics.activity.publishedOn'), dataIndex: 'publishedOn' },
          { title: t('statistics.activity.awardedOn'), dataIndex: 'awardedOn' },
        ]} />
    </>
  );
}

/** 「用券金额…、惠及企业N家次」: the redemptions, their sum and enterprise-times. */
export function VouchersTable({ redemptions, amount, times }: { redemptions: VoucherRow[]; amount: number | string; times: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Typography.Paragraph strong>
        {t('statistics.activity.vouchersSum', { count: redemptions.length, amount: format.money(amount), times })}
      </Typography.Paragraph>
      <Table<VoucherRow> size="small" rowKey="id" dataSource={redemptions} pagination={page} scroll={{ x: true }}
        columns={[
          { title: t('statistics.activity.redeemedOn'), dataIndex: 'redeemedOn' },
          { title: t('statistics.activity.holder'), dataIndex: 'holderName' },
          { title: t('statistics.activity.contract'), dataIndex: 'contractTitle' },
          { title: t('statistics.activity.milestone'), dataIndex: 'milestone', align: 'right' },
          { title: t('statistics.activity.provider'), dataIndex: 'sellerName', responsive: ['md'] },
          { title: t('statistics.activity.amount'), key: 'amount', align: 'right', render: (_, r) => format.money(r.amount) },
        ]} />
    </>
  );
}

/** 「征集报送技术需求N个，其中N%来自企业」: the needs and their posters' kinds. */
export function NeedsTable({ needs, fromEnterprises }: { needs: NeedRow[]; fromEnterprises: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph strong>{t('statistics.activity.needsSum', { count: needs.length, fromEnterprises })}</Typography.Paragraph>
      <Table<NeedRow> size="small" rowKey="id" dataSource={needs} pagination={page} scroll={{ x: true }}
        columns={[
          { title: t('statistics.activity.submittedOn'), dataIndex: 'submittedOn' },
          { title: t('statistics.activity.needTitle'), dataIndex: 'title' },
          { title: t('statistics.activity.poster'), dataIndex: 'poster' },
          { title: t('statistics.activity.posterKind'), key: 'kind', render: (_, n) => t(`statistics.activity.kinds.${n.posterKind ?? 'Enterprise'}`) },
          { title: t('statistics.round'), dataIndex: 'roundName', responsive: ['md'] },
        ]} />
    </>
  );
}

/** 「“先用后转”转化成果N项」: the trials converted. */
export function TrialsTable({ conversions }: { conversions: TrialConversionRow[] }) {
  const { t } = useTranslation();
  const reference = useReference();
  return (
    <>
      <Typography.Paragraph strong>{t('statistics.activity.trialsSum', { count: conversions.length })}</Typography.Paragraph>
      <Table<TrialConversionRow> size="small" rowKey="id" dataSource={conversions} pagination={page} scroll={{ x: true }}
        columns={[
          { title: t('statistics.activity.convertedOn'), dataIndex: 'convertedOn' },
          { title: t('statistics.activity.achievement'), dataIndex: 'achievementTitle' },
          { title: t('statistics.activity.trialSeller'), key: 'seller', render: (_, r) => `${r.seller}（${reference.districtName(r.sellerDistrict ?? '')}）` },
          { title: t('statistics.activity.trialBuyer'), key: 'buyer', render: (_, r) => `${r.buyer}（${reference.districtName(r.buyerDistrict ?? '')}）` },
        ]} />
    </>
  );
}

/** A derived figure's inputs: the bureau's reference entry, and the two amounts with a way into their ledgers. */
export function InputsView({ inputs, onOpenLedger }: { inputs: ReferenceInputs; onOpenLedger: (address: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (value: number | string | null | undefined) => (value === null || value === undefined ? '—' : `${format.number(value, 2)}%`);
  const amount = (value: number | string, address: string, label: string) => (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} aria-label={t('statistics.openFigure', { figure: label })}
      onClick={() => onOpenLedger(address)}>
      {format.money(value)}
    </Button>
  );
  const entered = inputs.entered;
  return (
    <>
      <Typography.Paragraph className="tm-muted">{t('statistics.activity.inputsIntro')}</Typography.Paragraph>
      {entered ? (
        <Descriptions size="small" column={1} bordered title={t('statistics.activity.entered', { year: inputs.year })} style={{ marginBottom: 16 }}
          items={[
            { key: 'gdp', label: t('statistics.activity.gdp'), children: entered.gdp === null || entered.gdp === undefined ? '—' : format.money(entered.gdp) },
            { key: 'investment', label: t('statistics.activity.investmentGrowth'), children: percent(entered.industrialInvestmentGrowth) },
            { key: 'at', label: t('statistics.activity.enteredAt'), children: format.dateTime(entered.enteredAt) },
          ]} />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('statistics.activity.notEntered', { year: inputs.year })} />
      )}
      <Descriptions size="small" column={1} bordered
        items={[
          { key: 'current', label: t('statistics.activity.current', { period: inputs.period }),
            children: amount(inputs.technologyAmount, inputs.technologyAmountLedger, t('statistics.activity.current', { period: inputs.period })) },
          { key: 'base', label: t('statistics.activity.base', { period: inputs.basePeriod }),
            children: amount(inputs.baseTechnologyAmount, inputs.baseTechnologyAmountLedger, t('statistics.activity.base', { period: inputs.basePeriod })) },
          { key: 'growth', label: t('statistics.activity.growth'), children: percent(inputs.growthPercent) },
          { key: 'share', label: t('statistics.activity.gdpShare'), children: percent(inputs.gdpSharePercent) },
          { key: 'points', label: t('statistics.activity.pointsAbove'), children: inputs.pointsAboveInvestment === null ? '—' : format.number(inputs.pointsAboveInvestment ?? 0, 2) },
        ]} />
    </>
  );
}
