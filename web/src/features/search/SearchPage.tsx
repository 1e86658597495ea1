import { useState } from 'react';
import { Alert, Card, Checkbox, Col, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';

type Kind = components['schemas']['SearchKind'];
type PriceBand = components['schemas']['PriceBand'];
type Hit = components['schemas']['SearchHit'];
type Facet = components['schemas']['FacetValue'];
type TransferMode = components['schemas']['TransferMode'];

interface Filters {
  q?: string;
  kind?: Kind;
  field?: string;
  district?: string;
  trlMin?: number;
  priceBand?: PriceBand;
  useFirstPayLater?: boolean;
  transferMode?: TransferMode;
}

const kinds: Kind[] = ['Need', 'Challenge', 'Achievement', 'Profile'];
const bands: PriceBand[] = ['Under100K', 'From100KTo500K', 'From500KTo1M', 'From1MTo5M', 'From5M', 'Negotiable'];
const modes: TransferMode[] = ['Transfer', 'Licence', 'CoDevelopment'];
/** Where a hit opens: needs and challenges on their public pages, achievements on the hall (signed in). */
const links: Partial<Record<Kind, string>> = { Need: '/needs', Challenge: '/challenges', Achievement: '/achievements' };

/** 找技术: Chinese full-text search with filters whose options carry the counts (facets) of the current hits. */
export function SearchPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const reference = useReference();
  const format = useFormat();
  const [filters, setFilters] = useState<Filters>({});
  const results = useQuery({
    queryKey: ['search', filters, Boolean(auth.user)],
    queryFn: () => unwrap(api.GET('/api/search', { params: { query: { ...filters, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  const counts = (facets: Facet[] | undefined) => new Map((facets ?? []).map((f) => [f.value, f.count]));
  const facets = results.data?.facets;
  const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`);
  const set = (change: Partial<Filters>) => setFilters((current) => ({ ...current, ...change }));

  return (
    <>
      <PageHeader title={t('search.title')} intro={t('search.intro')} />
      {!auth.user && <Alert type="info" showIcon title={t('search.signInForMore')} style={{ marginBottom: 16 }} />}
      <Input.Search
        aria-label={t('common.keyword')}
        placeholder={t('search.placeholder')}
        enterButton={t('common.search')}
        allowClear
        size="large"
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ marginBottom: 16 }}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={7}>
          <Card size="small">
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>{t('search.kind')}</Typography.Text>
              <Select aria-label={t('search.kind')} allowClear value={filters.kind} onChange={(kind) => set({ kind })} style={{ width: '100%' }}
                options={kinds.map((k) => ({ value: k, label: withCount(t(`search.kinds.${k}`), counts(facets?.kind).get(k)) }))} />
              <Typography.Text strong>{t('common.field')}</Typography.Text>
              <Select aria-label={t('common.field')} allowClear value={filters.field} onChange={(field) => set({ field })} style={{ width: '100%' }}
                options={reference.fieldTree.map((f) => ({ value: f.value, label: withCount(f.title, counts(facets?.field).get(f.value)) }))} />
              <Typography.Text strong>{t('common.district')}</Typography.Text>
              <Select aria-label={t('common.district')} allowClear value={filters.district} onChange={(district) => set({ district })} style={{ width: '100%' }}
                options={reference.districtOptions.map((d) => ({ value: d.value, label: withCount(d.label, counts(facets?.district).get(d.value)) }))} />
              <Typography.Text strong>{t('search.trl')}</Typography.Text>
              <Select aria-label={t('search.trl')} allowClear value={filters.trlMin} onChange={(trlMin) => set({ trlMin })} style={{ width: '100%' }}
                options={[3, 5, 7].map((min) => ({ value: min, label: t('search.trlRange', { min, max: 9 }) }))} />
              <Typography.Text strong>{t('search.priceBand')}</Typography.Text>
              <Select aria-label={t('search.priceBand')} allowClear value={filters.priceBand} onChange={(priceBand) => set({ priceBand })} style={{ width: '100%' }}
                options={bands.map((b) => ({ value: b, label: withCount(t(`search.priceBands.${b}`), counts(facets?.priceBand).get(b)) }))} />
              <Typography.Text strong>{t('achievements.transferModes')}</Typography.Text>
              <Select aria-label={t('achievements.transferModes')} allowClear value={filters.transferMode} onChange={(transferMode) => set({ transferMode })}
                style={{ width: '100%' }}
                options={modes.map((m) => ({ value: m, label: withCount(t(`achievements.modes.${m}`), counts(facets?.transferMode).get(m)) }))} />
              <Checkbox checked={filters.useFirstPayLater === true} onChange={(e) => set({ useFirstPayLater: e.target.checked ? true : undefined })}>
                {withCount(t('search.trialYes'), counts(facets?.useFirstPayLater).get('1'))}
              </Checkbox>
            </Space>
          </Card>
        </Col>
        <Col xs={24} md={17}>
          <QueryState query={results} isEmpty={(r) => r.total === 0} empty={t('search.empty')}>
            {(r) => (
              <>
                <Typography.Paragraph className="tm-muted">{t('search.results', { count: r.total })}</Typography.Paragraph>
                <List dataSource={r.hits} renderItem={(hit) => <HitItem hit={hit} format={format} />} />
              </>
            )}
          </QueryState>
        </Col>
      </Row>
    </>
  );
}

function HitItem({ hit, format }: { hit: Hit; format: ReturnType<typeof useFormat> }) {
  const { t } = useTranslation();
  const reference = useReference();
  const link = links[hit.kind] ? `${links[hit.kind]}/${hit.id}` : null;
  return (
    <List.Item>
      <Space direction="vertical" size={4} style={{ minWidth: 0, width: '100%' }}>
        <Space wrap>
          <Tag color="processing">{t(`search.kinds.${hit.kind}`)}</Tag>
          {link ? <Link to={link}>{hit.title}</Link> : <Typography.Text strong>{hit.title}</Typography.Text>}
        </Space>
        <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 2 }}>{hit.snippet}</Typography.Paragraph>
        <Space wrap size={4}>
          {hit.organisationName && <Tag>{hit.organisationName}</Tag>}
          {hit.fields.map((f) => <Tag key={f}>{reference.fieldName(f)}</Tag>)}
          <Tag>{reference.districtName(hit.district)}</Tag>
          {hit.trl !== null && <Tag>TRL {hit.trl}</Tag>}
          {hit.price !== null && <Tag>{t('search.price')} {format.money(hit.price, true)}</Tag>}
          {hit.useFirstPayLater && <Tag color="success">{t('search.trial')}</Tag>}
          {(hit.transferModes as TransferMode[]).map((m) => <Tag key={m}>{t(`achievements.modes.${m}`)}</Tag>)}
        </Space>
      </Space>
    </List.Item>
  );
}
