import { useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import type { NeedView } from '@/shared/api/types';
import { useQueue } from './queries';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  style?: CSSProperties;
}

/** How many needs one search offers (the latest accepted first): typing narrows it down, whatever the jurisdiction holds. */
const Offered = 20;

/**
 * An accepted need of the officer's jurisdiction, searched on the server by its title, summary or enterprise as one
 * types (the queue holds every accepted need, not only the first page's). The need chosen keeps its name whatever the
 * search then shows.
 */
export function AcceptedNeedPicker({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string }>();
  const found = useQueue('Accepted', { page: 1, pageSize: Offered }, search);
  const label = (n: NeedView) => `${n.title} · ${n.organisationName} · ${format.moneyRange(n.budgetMin, n.budgetMax)}`;
  const options = (found.data?.items ?? []).map((n) => ({ value: n.id, label: label(n) }));
  if (value && chosen?.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);
  return (
    <Select {...props} value={value} showSearch filterOption={false} onSearch={setSearch} loading={found.isFetching}
      placeholder={t('bureau.needSearch')} notFoundContent={found.isFetching ? undefined : t('bureau.noNeedFound')} options={options}
      onChange={(id: string) => {
        setChosen(options.find((o) => o.value === id));
        onChange?.(id);
      }} />
  );
}
