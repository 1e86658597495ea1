import { Alert, Button, Card, Descriptions, List } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { AwardContracts, AwardedContract } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from './FormModal';
import { contractKeys, useAwardContracts } from './queries';
import { TermsFields, toTermsRequest, type TermsValues } from './TermsForm';

/** One winning team: draft its contract, or open the one drafted. A horse race fixes the milestones' amounts. */
function Team({ award, team }: { award: AwardContracts; team: AwardedContract }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const draft = useCommand({
    run: (v: TermsValues) => {
      const terms = toTermsRequest(v);
      return unwrap(api.POST('/api/challenges/{id}/contracts', {
        params: { path: { id: award.challengeId } },
        body: { label: team.label, type: terms.type, technologyAmount: terms.technologyAmount, milestones: terms.milestones, title: terms.title, brokerId: terms.brokerId },
      }));
    },
    invalidates: [contractKeys.award(award.challengeId), contractKeys.mine],
    onSuccess: (created) => void navigate(`/contracts/${created.id}`),
  });
  const milestones = team.stages.length > 0
    ? team.stages.map((s) => ({ deliverable: s.name, amount: Number(s.amount), dueOn: '' }))
    : [{ deliverable: '', amount: Number(team.funding), dueOn: '' }];
  return (
    <List.Item>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('award.team', { label: team.label, name: team.organisationName })}</h2>} style={{ width: '100%' }}
        extra={team.contractId
          ? <Link to={`/contracts/${team.contractId}`}><Button type="primary">{t('award.open')}</Button></Link>
          : award.contractable && (
            <FormModal<TermsValues> label={t('award.draft')} title={t('award.draft')} primary wide onSubmit={(v) => draft.mutateAsync(v)}
              initialValues={{ title: award.title, type: 'Development', field: award.field, contractAmount: Number(team.funding), technologyAmount: Number(team.funding), milestones }}>
              {() => <TermsFields amountFixed stagesFixed={team.stages.length > 0} />}
            </FormModal>
          )}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('award.funding')}>{format.money(team.funding)}</Descriptions.Item>
          {team.stages.length > 0 && (
            <Descriptions.Item label={t('contracts.milestones')}>
              {team.stages.map((s) => <div key={s.name}>{t('award.stage', { name: s.name, amount: format.money(s.amount) })}</div>)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
    </List.Item>
  );
}

/** 揭榜项目合同: the contracts an award calls for, for its funding enterprises and its winners. */
export function AwardContractsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const award = useAwardContracts(id);
  return (
    <QueryState query={award}>
      {(a) => (
        <>
          <PageHeader title={`${t('award.title')}：${a.title}`} intro={t('award.intro')}
            extra={<Link to={`/challenges/${a.challengeId}`}><Button>{t('common.back')}</Button></Link>} />
          {!a.contractable && <Alert type="info" showIcon title={t('award.notContractable')} style={{ marginBottom: 16 }} />}
          <List<AwardedContract> dataSource={a.teams} renderItem={(team) => <Team award={a} team={team} />} />
        </>
      )}
    </QueryState>
  );
}
