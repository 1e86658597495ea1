import { useState } from 'react';
import { Alert, Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/shared/reference/useReference';
import { QueryState } from '@/shared/ui/QueryState';
import { lightsOption } from './charts';
import { EChart } from './EChart';
import { LightTag } from './LightTag';
import { type Selection, type TrafficLight, type Warning, useWarnings } from './queries';

const order = { Red: 0, Amber: 1, Green: 2, None: 3 } as const;
const kinds = ['BehindTarget', 'OverdueMilestone', 'NoBidNearDeadline', 'RegistrationWaiting'] as const;

/** 红黄绿预警: districts behind target, overdue milestones, challenges without bids near the deadline, registrations waiting. */
export function WarningsPanel({ selection }: { selection: Selection }) {
  const { t } = useTranslation();
  const reference = useReference();
  const warnings = useWarnings(selection);
  // A click on a light's bar narrows the table to that light; the table is the drill-down of a warning count.
  const [only, setOnly] = useState<TrafficLight | null>(null);
  const lightName = (l: TrafficLight) => t('statistics.lightLabel', { light: t(`statistics.lights.${l}`) });
  return (
    <QueryState query={warnings} isEmpty={(w) => w.warnings.length === 0} empty={t('statistics.noWarnings')}>
      {(answer) => {
        const counts = Object.fromEntries((['Red', 'Amber', 'Green', 'None'] as const).map((l) =>
          [l, kinds.map((k) => answer.warnings.filter((w) => w.light === l && w.kind === k).length)])) as Record<TrafficLight, number[]>;
        const option = lightsOption(kinds.map((k) => t(`statistics.warningKinds.${k}`)), counts, lightName);
        const lightsDrawn = (['Red', 'Amber', 'Green'] as const).filter((l) => counts[l].some((c) => c > 0));
        const shown = answer.warnings.filter((w) => only === null || w.light === only);
        return (
          <>
            <EChart option={option} label={t('statistics.warningsChartLabel')} onPick={(p) => setOnly(lightsDrawn[p.seriesIndex] ?? null)} />
            {only && (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('statistics.showingLight', { light: t(`statistics.lights.${only}`) })}
                action={<Button size="small" onClick={() => setOnly(null)}>{t('statistics.showAll')}</Button>} />
            )}
            <Table<Warning> size="small" pagination={false} scroll={{ x: true }} rowKey={(w) => `${w.kind}|${w.subjectId ?? w.subject}|${w.district}`}
              dataSource={[...shown].sort((a, b) => order[a.light] - order[b.light])}
              columns={[
                { title: t('statistics.light'), key: 'light', render: (_, w) => <LightTag light={w.light} /> },
                { title: t('statistics.kind'), key: 'kind', render: (_, w) => t(`statistics.warningKinds.${w.kind}`) },
                { title: t('statistics.district'), key: 'district', render: (_, w) => reference.districtName(w.district) },
                { title: t('statistics.subject'), dataIndex: 'subject' },
                { title: t('statistics.detail'), dataIndex: 'detail', responsive: ['md'] },
              ]} />
          </>
        );
      }}
    </QueryState>
  );
}
