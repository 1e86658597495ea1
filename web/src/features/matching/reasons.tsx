import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@/shared/api/schema';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';

type Reason = components['schemas']['MatchReason'];

/** A match's reasons as tags, in the user's language: shared words, field, maturity, price, district, 先用后转. */
export function ReasonTags({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  return (
    <>
      {reasons.map((reason) => {
        const [first = '', second = ''] = reason.values;
        const money = reason.kind.startsWith('Price') && first !== '';
        const text = t(`matches.reason.${reason.kind}`, {
          values: reason.values.join('、'),
          field: reference.fieldName(first),
          district: reference.districtName(first),
          first: money ? format.money(first, true) : first,
          second: money ? format.money(second, true) : second,
        });
        const good = !['TrlBelow', 'PriceAboveBudget'].includes(reason.kind);
        return (
          <Tag key={`${reason.kind}-${first}`} color={good ? 'success' : 'warning'} style={{ marginBottom: 4, whiteSpace: 'normal' }}>
            {text}
          </Tag>
        );
      })}
    </>
  );
}
