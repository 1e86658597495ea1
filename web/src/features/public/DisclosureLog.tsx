import { Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { Disclosure } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { publicKeys } from './queries';

/** Who unlocked a challenge's confidential details and when — read by the bureau and by the enterprise that posted it. */
export function DisclosureLog({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useQuery({
    queryKey: publicKeys.disclosures(challengeId),
    queryFn: () => unwrap(api.GET('/api/challenges/{id}/disclosures', { params: { path: { id: challengeId } } })),
  });
  return (
    <QueryState query={log} isEmpty={(d) => d.length === 0} empty={t('challenge.disclosuresEmpty')}>
      {(rows) => (
        <Table<Disclosure> size="small" rowKey={(r) => `${r.organisationId}-${r.at}`} pagination={false} dataSource={rows} scroll={{ x: true }}
          columns={[
            { title: t('common.organisation'), dataIndex: 'organisationName' },
            { title: t('challenge.unlockedBy'), dataIndex: 'userName' },
            { title: t('challenge.unlockedAt'), dataIndex: 'at', render: (d) => format.dateTime(d) },
          ]} />
      )}
    </QueryState>
  );
}
