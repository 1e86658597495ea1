import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/shared/reference/useReference';
import { QueryState } from '@/shared/ui/QueryState';
import { LightTag } from './LightTag';
import { type Selection, type Warning, useWarnings } from './queries';

const order = { Red: 0, Amber: 1, Green: 2, None: 3 } as const;

/** 红黄绿预警: districts behind target, overdue milestones, challenges without bids near the deadline, registrations waiting. */
export function WarningsPanel({ selection }: { selection: Selection }) {
  const { t } = useTranslation();
  const reference = useReference();
  const warnings = useWarnings(selection);
  return (
    <QueryState query={warnings} isEmpty={(w) => w.warnings.length === 0} empty={t('statistics.noWarnings')}>
      {(answer) => (
        <Table<Warning> size="small" pagination={false} scroll={{ x: true }} rowKey={(w) => `${w.kind}|${w.subjectId ?? w.subject}|${w.district}`}
          dataSource={[...answer.warnings].sort((a, b) => order[a.light] - order[b.light])}
          columns={[
            { title: t('statistics.light'), key: 'light', render: (_, w) => <LightTag light={w.light} /> },
            { title: t('statistics.kind'), key: 'kind', render: (_, w) => t(`statistics.warningKinds.${w.kind}`) },
            { title: t('statistics.district'), key: 'district', render: (_, w) => reference.districtName(w.district) },
            { title: t('statistics.subject'), dataIndex: 'subject' },
            { title: t('statistics.detail'), dataIndex: 'detail', responsive: ['md'] },
          ]} />
      )}
    </QueryState>
  );
}
