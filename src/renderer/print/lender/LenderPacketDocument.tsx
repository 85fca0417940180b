import { useTranslation } from 'react-i18next';
import type { LenderPacketChoice } from '../../../shared/printRoute';
import type { AllNegotiationRecords } from '../../db/negotiationRecords';
import { usePlan } from '../../plan/PlanContext';
import type { PlanBundle } from '../../plan/planProtocol';
import { injectedPrint } from '../printSource';
import { lenderPacketData } from './lenderPacketData';
import { LenderPacket } from './LenderPacket';

/**
 * The packet's facts gathered from the plan and the lender's records, then drawn. The day the
 * debt fell overdue is kept with the household's debt (not in a scenario file): a scenario
 * printed by the `pdf` command has none.
 */
export function LenderPacketDocument({
  bundle,
  records,
  choice,
  proposed,
  madeOn,
}: {
  bundle: PlanBundle;
  records: AllNegotiationRecords;
  choice: LenderPacketChoice;
  /** The plan with this lender's proposal agreed; null when nothing is proposed. */
  proposed: PlanBundle | null;
  madeOn: string;
}) {
  const { t } = useTranslation();
  const { household } = usePlan();
  const overdueSince = injectedPrint()
    ? undefined
    : household?.debts.find((debt) => debt.id === choice.debtId)?.overdueSince;
  const data = lenderPacketData(bundle, records, choice.debtId, overdueSince, madeOn, proposed);
  if (!data) return <p className="print-status">{t('packet.notFound')}</p>;
  return <LenderPacket bundle={bundle} data={data} choice={choice} madeOn={madeOn} />;
}
