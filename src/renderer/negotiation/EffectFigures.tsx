import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import { useFormat } from '../format/useFormat';

/**
 * Penalty avoided and the saving in all, said the same way on a proposal and in the breach
 * check. A negative saving is a cost: said as one ("penalty added"), never as "−¥653.60 avoided".
 */
export function EffectFigures({
  penaltyAvoided,
  costSaved,
}: {
  penaltyAvoided: string;
  costSaved: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const figure = (amount: string, kind: 'penalty' | 'cost') => {
    const value = new Dec(amount);
    const more = value.isNegative();
    return (
      <div>
        <dt>
          {kind === 'penalty'
            ? t(
                more
                  ? 'negotiation.proposals.penaltyAdded'
                  : 'negotiation.proposals.penaltyAvoided',
              )
            : t(more ? 'negotiation.proposals.costAdded' : 'negotiation.proposals.costSaved')}
        </dt>
        <dd className="amount">{format.money(value.abs().toFixed(2))}</dd>
      </div>
    );
  };
  return (
    <>
      {figure(penaltyAvoided, 'penalty')}
      {figure(costSaved, 'cost')}
    </>
  );
}
