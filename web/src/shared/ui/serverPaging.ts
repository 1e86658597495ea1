import { useState } from 'react';
import type { PaginationProps } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a paged list asks the server for (the API's page and pageSize). */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** A table or list paged by the server: the page asked for, and Ant Design's pagination wired to it with the server's
 * total (five a page too, for a phone).
 * A new page size starts again at page 1; `restart` does so when a filter changes. */
export function useServerPaging(pageSize = 20) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<PageRequest>({ page: 1, pageSize });
  const pagination = (total: number | string): PaginationProps => ({
    current: request.page, pageSize: request.pageSize, total: Number(total), showSizeChanger: true, pageSizeOptions: [5, 10, 20, 50, 100],
    showTotal: (count) => t('common.total', { count }),
    onChange: (page, size) => setRequest((r) => ({ page: size === r.pageSize ? page : 1, pageSize: size })),
  });
  const restart = () => setRequest((r) => ({ ...r, page: 1 }));
  return { request, pagination, restart };
}
