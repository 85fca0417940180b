/**
 * What people type for an amount or a rate, made into the model's plain decimal text: full-width
 * digits and points (common with Chinese input methods) become ASCII, and thousands separators
 * and spaces go. Anything else is left for validation to explain.
 */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥$]/, '');
}
