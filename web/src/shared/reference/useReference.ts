import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { District, TechField } from '../api/types';

/** Districts and technical fields (anonymous, cached for the session). */
export function useReference() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const fields = useQuery({
    queryKey: ['reference', 'fields'],
    queryFn: () => unwrap(api.GET('/api/reference/fields')),
    staleTime: Infinity,
  });
  const districts = useQuery({
    queryKey: ['reference', 'districts'],
    queryFn: () => unwrap(api.GET('/api/reference/districts')),
    staleTime: Infinity,
  });
  const fieldList: TechField[] = fields.data ?? [];
  const districtList: District[] = districts.data?.districts ?? [];
  const nameOf = (item: { name: string; nameEn?: string | null } | undefined, code: string) =>
    item ? (english && item.nameEn ? item.nameEn : item.name) : code;

  return {
    ready: fields.isSuccess && districts.isSuccess,
    fieldName: (code: string) => nameOf(fieldList.find((f) => f.id === code), code),
    districtName: (code: string) => nameOf(districtList.find((d) => d.id === code), code),
    /** Two-level options (the eight high-tech fields and their second level) for a TreeSelect. */
    fieldTree: fieldList
      .filter((f) => !f.parentId)
      .map((top) => ({
        value: top.id,
        title: nameOf(top, top.id),
        children: fieldList.filter((c) => c.parentId === top.id).map((c) => ({ value: c.id, title: nameOf(c, c.id) })),
      })),
    districtOptions: districtList.map((d) => ({ value: d.id, label: nameOf(d, d.id) })),
  };
}
