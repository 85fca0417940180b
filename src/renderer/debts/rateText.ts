import type { TFunction } from 'i18next';
import type { RateSpec } from '../../core/scenario/types';
import { ratePercentOf, rateUnitOf } from '../forms/ratePercent';

/** A stored rate as people read it: "0.05 % / 日", "0.05%/day". */
export function rateText(rate: RateSpec | undefined, t: TFunction): string | null {
  if (!rate) return null;
  return t('forms.rateValue', {
    percent: ratePercentOf(rate),
    unit: t(`forms.percentPer.${rateUnitOf(rate)}`),
  });
}
