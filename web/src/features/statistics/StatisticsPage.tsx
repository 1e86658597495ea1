import { useState } from 'react';
import { App, Button, Dropdown, Tabs } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentAccessToken } from '@/shared/auth/oidc';
import { ApiProblem } from '@/shared/api/problem';
import { describeProblem } from '@/shared/ui/describeProblem';
import { PageHeader } from '@/shared/ui/bits';
import { ActivityDrawer } from './ActivityDrawer';
import { BreakdownPanel } from './BreakdownPanel';
import { Filters } from './Filters';
import { FunnelPanel } from './FunnelPanel';
import { LedgerDrawer } from './LedgerDrawer';
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
      await download(`/api/statistics/export/${table}?${query}`, `${t(`statistics.exportTables.${table}`)}.${format === 'Xlsx' ? 'xlsx' : 'csv'}`);
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

/** Fetches an export with the officer's token and saves it under the server's file name (or the given one). */
async function download(path: string, fallbackName: string) {
  const token = await currentAccessToken();
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new ApiProblem(response.status, await response.json().catch(() => null));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = encoded ? decodeURIComponent(encoded) : fallbackName;
  // Chromium starts the download only from a link in the document, and reads the blob after the click returns.
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
