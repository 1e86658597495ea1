import { useState } from 'react';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { ShareBar } from './LightTag';
import { funnelOption } from './charts';
import { EChart } from './EChart';
import { RoundFunnel, RoundPicker } from './RoundFunnel';
import { type DrillDown, type FunnelStage, type Selection, useFunnel } from './queries';

/** The steps whose contracts the ledger lists: the period's registrations (or payments) of contracts from challenges. */
const ledgerOf: Partial<Record<FunnelStage['step'], DrillDown['measure']>> = { ContractSigned: 'ContractAmount', Registered: 'ContractAmount', FirstPayment: 'Settled' };

/** The need-to-payment funnel: how many of the period's needs reached each step, conversion and median days. */
export function FunnelPanel({ selection, onOpen }: { selection: Selection; onOpen: (drill: DrillDown) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [round, setRound] = useState<string | undefined>();
  const funnel = useFunnel(selection);
  const percent = (value: number | null) => (value === null ? '—' : `${format.number(value, 1)}%`);
  return (
    <>
      <RoundPicker value={round} onChange={setRound} />
      <Typography.Paragraph className="tm-muted">{t(round ? 'statistics.roundFunnelIntro' : 'statistics.funnelIntro')}</Typography.Paragraph>
      {round ? <RoundFunnel selection={selection} round={round} /> : (
      <QueryState query={funnel}>
        {(answer) => {
          const max = Math.max(0, ...answer.stages.map((s) => s.count));
          const open = (stage: FunnelStage | undefined) => {
            const measure = stage && ledgerOf[stage.step];
            if (measure) onOpen({ measure, origin: 'Challenge' });
          };
          return (
            <>
            {answer.stages.some((s) => s.count > 0) && (
              <EChart option={funnelOption(answer.stages, (s) => t(`statistics.funnelSteps.${s.step}`))} height={320}
                label={t('statistics.funnelChartLabel')} onPick={(p) => open(answer.stages[p.dataIndex])} />
            )}
            <Table<FunnelStage> size="small" pagination={false} scroll={{ x: true }} rowKey="step" dataSource={answer.stages}
              columns={[
                {
                  title: t('statistics.kind'), key: 'step',
                  render: (_, s) => (ledgerOf[s.step] && s.count > 0
                    ? <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(s)}>{t(`statistics.funnelSteps.${s.step}`)}</Button>
                    : t(`statistics.funnelSteps.${s.step}`)),
                },
                { title: t('statistics.count'), dataIndex: 'count', align: 'right' },
                { title: t('statistics.share'), key: 'bar', render: (_, s) => <ShareBar value={s.count} max={max} /> },
                { title: t('statistics.conversion'), key: 'conversion', align: 'right', render: (_, s) => percent(s.conversionPercent) },
                { title: t('statistics.ofSubmitted'), key: 'ofSubmitted', align: 'right', responsive: ['md'], render: (_, s) => percent(s.ofSubmittedPercent) },
                {
                  title: t('statistics.medianDays'), key: 'median', align: 'right', responsive: ['md'],
                  render: (_, s) => (s.medianDaysFromPrevious === null ? '—' : format.number(s.medianDaysFromPrevious, 1)),
                },
              ]} />
            </>
          );
        }}
      </QueryState>
      )}
    </>
  );
}
