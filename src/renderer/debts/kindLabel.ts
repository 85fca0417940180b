import type { TFunction } from 'i18next';
import { isPresetId } from './presets';

/**
 * A debt's kind in the person's language. The kind is display only (model §: a preset id); an
 * imported file may carry one of its own ("private"), which is never shown raw: it reads as
 * "Other", and in the kind selector as "Other (from the imported file)" so it stays apart
 * from the preset "Other" and is saved back unchanged.
 */
export function kindLabel(kind: string | undefined, t: TFunction): string {
  return isPresetId(kind) ? t(`debts.presets.${kind}`) : t('debts.presets.other');
}

export function kindOptionLabel(kind: string, t: TFunction): string {
  return isPresetId(kind) ? t(`debts.presets.${kind}`) : t('debts.presets.imported');
}
