import { useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { OrganisationKind } from '@/shared/api/types';
import { useReference } from '@/shared/reference/useReference';

type DirectoryQuery = { q?: string; kind?: OrganisationKind; ids?: string[] };

/** Approved organisations (at most 50): found by name, of one kind if asked, or named by id. */
const directory = (query: DirectoryQuery) => unwrap(api.GET('/api/organisations/directory', { params: { query } }));

interface Props {
  kind?: OrganisationKind;
  multiple?: boolean;
  /** An organisation not to offer (the caller's own, say). */
  exclude?: string | null;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  id?: string;
  style?: CSSProperties;
}

/**
 * A select of approved organisations, searched by name as one types. The organisations already chosen keep their names
 * whatever the search shows: they are asked for by id (a saved form opens with names, not ids).
 */
export function OrganisationPicker({ kind, multiple, exclude, value, ...props }: Props) {
  const { t } = useTranslation();
  const reference = useReference();
  const [search, setSearch] = useState('');
  const found = useQuery({
    queryKey: ['organisations', 'directory', search, kind ?? ''],
    queryFn: () => directory({ q: search || undefined, kind }),
    staleTime: 30_000,
  });
  const chosen = [...(Array.isArray(value) ? value : value ? [value] : [])].sort();
  const named = useQuery({
    queryKey: ['organisations', 'directory', 'ids', chosen],
    queryFn: () => directory({ ids: chosen }),
    enabled: chosen.length > 0,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
  // Two organisations may share a name: the kind and the district tell them apart.
  const options = new Map<string, string>();
  for (const o of [...(named.data ?? []), ...(found.data ?? [])]) {
    if (o.id !== exclude) options.set(o.id, `${o.name}（${t(`organisationKind.${o.kind}`)} · ${reference.districtName(o.district)}）`);
  }
  return (
    <Select {...props} value={value} mode={multiple ? 'multiple' : undefined} showSearch filterOption={false} onSearch={setSearch}
      loading={found.isFetching} placeholder={t('terms.counterpartySearch')}
      options={[...options].map(([id, name]) => ({ value: id, label: name }))} />
  );
}
