import { Button, Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { LightTag } from './LightTag';
import { type ActivityDrill, activityDrillOf, drillDownOf, type DrillDown, type ReportFigure, type Selection, useRankings, useReport } from './queries';

/** The district's figure against its target (红黄绿) and last year, and the report sentences with their drill-downs. */
export function OverviewPanel({ selection, onOpen, onOpenActivity }: {
  selection: Selection;
  onOpen: (drill: DrillDown) => void;
  onOpenActivity: (drill: ActivityDrill) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useReport(selection);
  // A district's own standing among the city's districts: its figure, target, completion, light and growth.
  const rankings = useRankings(selection, 'City');
  const standing = rankings.data?.standings.find((s) => s.district === report.data?.region);
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${format.number(value, 1)}%`);
  return (
    <>
      {standing && (
        <div className="tm-stat-grid" style={{ marginBottom: 16 }}>
          <Card size="small"><Statistic title={t('statistics.kpi.achieved')} value={format.money(standing.amount, true)} /></Card>
          <Card size="small">
            <Statistic title={t('statistics.kpi.target')}
              value={standing.completion.target === null ? t('statistics.kpi.noTarget') : format.money(standing.completion.target, true)}
              suffix={standing.targetRevised ? <Typography.Text type="secondary" style={{ fontSize: 14 }}>（{t('statistics.revised')}）</Typography.Text> : undefined} />
          </Card>
          <Card size="small">
            <Statistic title={t('statistics.kpi.completion')} value={percent(standing.completion.percent)}
              suffix={<LightTag light={standing.completion.light} />} />
          </Card>
          <Card size="small">
            <Statistic title={t('statistics.kpi.growth')} value={standing.growth.percent === null ? t('statistics.kpi.noBase') : percent(standing.growth.percent)} />
          </Card>
          <Card size="small"><Statistic title={t('statistics.kpi.elapsed')} value={percent(standing.completion.elapsedPercent)} /></Card>
        </div>
      )}
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('statistics.report')}</Typography.Title>} size="small">
        <Typography.Paragraph className="tm-muted">{t('statistics.reportIntro')}</Typography.Paragraph>
        <QueryState query={report} isEmpty={(r) => r.sentences.length === 0} empty={t('statistics.noReport')}>
          {(r) => (
            <ul lang="zh-CN" style={{ paddingLeft: 20, marginBottom: 0 }}>
              {r.sentences.map((s) => (
                <li key={s.key} style={{ marginBottom: 8 }}>
                  <Sentence text={s.text} figures={s.figures} measure={selection.measure} onOpen={onOpen} onOpenActivity={onOpenActivity} />
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </Card>
    </>
  );
}

/** A sentence with each figure that sums a ledger, or counts rounds or lists, as a link-like button that opens them. */
function Sentence({ text, figures, measure, onOpen, onOpenActivity }: {
  text: string;
  figures: ReportFigure[];
  measure: DrillDown['measure'];
  onOpen: (d: DrillDown) => void;
  onOpenActivity: (d: ActivityDrill) => void;
}) {
  const { t } = useTranslation();
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const figure of [...figures].sort((a, b) => a.start - b.start)) {
    const drill = drillDownOf(figure.drillDown, measure);
    const activity = activityDrillOf(figure.drillDown);
    if ((!drill && !activity) || figure.start < at || text.slice(figure.start, figure.start + figure.text.length) !== figure.text) continue;
    parts.push(text.slice(at, figure.start));
    parts.push(
      <Button key={`${figure.key}-${figure.start}`} type="link" size="small" style={{ padding: 0, height: 'auto' }}
        aria-label={t('statistics.openFigure', { figure: figure.text })} onClick={() => (drill ? onOpen(drill) : activity && onOpenActivity(activity))}>
        {figure.text}
      </Button>,
    );
    at = figure.start + figure.text.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
