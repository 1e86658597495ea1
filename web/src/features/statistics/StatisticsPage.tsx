import { useState } from 'react';
import { App, Button, Dropdown, Tabs } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '@/shared/api/download';
import { describeProblem } from '@/shared/ui/describeProblem';
import { PageHeader } from '@/shared/ui/bits';
import { ActivityDrawer } from './ActivityDrawer';
import { BreakdownPanel } from './BreakdownPanel';
import { Filters } from './Filters';
import { FunnelPanel } from './FunnelPanel';
import { LedgerDrawer } from './LedgerDrawer';
import { LiveMoves } from './LiveMoves';
import { OverviewPanel } from './OverviewPanel';
import { RankingsPanel } from './RankingsPanel';
import { WarningsPanel } from './WarningsPanel';
import { type ActivityDrill, type DrillDown, drillDownOf, type ExportTable, periodQuery, type Selection } from './queries';

/** Today in China, where the bureau's days are counted. */
function chinaToday() {
  const now = new Date(Date.now() + 8 * 3600_000);
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

/** 统计看板: the bureau's figures for its jurisdiction, cut every way, against targets, ranked, explained and exportable. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const today = chinaToday();
  const [selection, setSelection] = useState<Selection>({ year: today.year, kind: 'toMonth', n: today.month, direction: 'Output', measure: 'TechnologyAmount' });
  const [drill, setDrill] = useState<DrillDown | null>(null);
  const [activity, setActivity] = useState<ActivityDrill | null>(null);

  const exportTable = async (table: ExportTable, format: 'Xlsx' | 'Csv') => {
    const query = new URLSearchParams();
    const options = { ...periodQuery(selection), Format: format, Measure: selection.measure, By: table === 'Cube' ? 'district,month,type,field' : undefined };
    Object.entries(options).forEach(([name, value]) => value !== undefined && query.set(name, String(value)));
    try {
      await downloadFile(`/api/statistics/export/${table}?${query}`, `${t(`statistics.exportTables.${table}`)}.${format === 'Xlsx' ? 'xlsx' : 'csv'}`);
    } catch (error) {
      const problem = describeProblem(error, t);
      void message.error(`${problem.title}: ${problem.message}`);
    }
  };
  const tables: ExportTable[] = ['Cube', 'Rankings', 'Targets', 'Ledger', 'Rounds', 'Lists', 'Challenges', 'Vouchers', 'Needs', 'Trials'];

  return (
    <>
      <PageHeader title={t('statistics.title')} intro={t('statistics.intro')}
        extra={
          <Dropdown trigger={['click']}
            menu={{
              items: tables.flatMap((table) => (['Xlsx', 'Csv'] as const).map((format) => ({
                key: `${table}.${format}`,
                label: `${t(`statistics.exportTables.${table}`)} (${format === 'Xlsx' ? 'Excel' : 'CSV'})`,
                onClick: () => void exportTable(table, format),
              }))),
            }}>
            <Button icon={<DownloadOutlined />}>{t('statistics.export')}</Button>
          </Dropdown>
        } />
      <Filters value={selection} onChange={setSelection} />
      <LiveMoves />
      <Tabs destroyOnHidden
        items={[
          { key: 'overview', label: t('statistics.tabs.overview'), children: <OverviewPanel selection={selection} onOpen={setDrill} onOpenActivity={setActivity} /> },
          { key: 'breakdown', label: t('statistics.tabs.breakdown'), children: <BreakdownPanel selection={selection} onOpen={setDrill} /> },
          { key: 'rankings', label: t('statistics.tabs.rankings'), children: <RankingsPanel selection={selection} /> },
          { key: 'warnings', label: t('statistics.tabs.warnings'), children: <WarningsPanel selection={selection} /> },
          { key: 'funnel', label: t('statistics.tabs.funnel'), children: <FunnelPanel selection={selection} onOpen={setDrill} /> },
        ]} />
      <LedgerDrawer selection={selection} drill={drill} onClose={() => setDrill(null)} />
      <ActivityDrawer selection={selection} drill={activity} onClose={() => setActivity(null)}
        onOpenLedger={(address) => setDrill(drillDownOf(address, 'TechnologyAmount'))} />
    </>
  );
}
