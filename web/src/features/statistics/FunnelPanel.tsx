import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { ShareBar } from './LightTag';
import { type FunnelStage, type Selection, useFunnel } from './queries';

/** The need-to-payment funnel: how many of the period's needs reached each step, conversion and median days. */
export function FunnelPanel({ selection }: { selection: Selection }) {
  const { t } = useTranslation();
  const format = useFormat();
  const funnel = useFunnel(selection);
  const percent = (value: number | null) => (value === null ? '—' : `${format.number(value, 1)}%`);
  return (
    <>
      <Typography.Paragraph className="tm-muted">{t('statistics.funnelIntro')}</Typography.Paragraph>
      <QueryState query={funnel}>
        {(answer) => {
          const max = Math.max(0, ...answer.stages.map((s) => s.count));
          return (
            <Table<FunnelStage> size="small" pagination={false} scroll={{ x: true }} rowKey="step" dataSource={answer.stages}
              columns={[
                { title: t('statistics.kind'), key: 'step', render: (_, s) => t(`statistics.funnelSteps.${s.step}`) },
                { title: t('statistics.count'), dataIndex: 'count', align: 'right' },
                { title: t('statistics.share'), key: 'bar', render: (_, s) => <ShareBar value={s.count} max={max} /> },
                { title: t('statistics.conversion'), key: 'conversion', align: 'right', render: (_, s) => percent(s.conversionPercent) },
                { title: t('statistics.ofSubmitted'), key: 'ofSubmitted', align: 'right', responsive: ['md'], render: (_, s) => percent(s.ofSubmittedPercent) },
                {
                  title: t('statistics.medianDays'), key: 'median', align: 'right', responsive: ['md'],
                  render: (_, s) => (s.medianDaysFromPrevious === null ? '—' : format.number(s.medianDaysFromPrevious, 1)),
                },
              ]} />
          );
        }}
      </QueryState>
    </>
  );
}
