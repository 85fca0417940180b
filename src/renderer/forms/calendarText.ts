import { parseDate, parseMonth } from '../../core/calendar';

/**
 * What a person types into a month or date field, read the ways people write one: "2027-03",
 * "2027/3", "2027.3", "2027年3月", "202703"; dates likewise with a day ("2026年10月9日",
 * "20261009"). Full-width digits count. Returns the model's text (YYYY-MM or YYYY-MM-DD) when it
 * is a real month or day, else null, so the caller keeps what was typed for validation to name.
 */
export function readCalendarText(text: string, kind: 'month' | 'date'): string | null {
  const halfWidth = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  const compact = /^(\d{4})(\d{2})(\d{2})?$/.exec(halfWidth);
  const parts = compact
    ? compact.slice(1).filter((part): part is string => part !== undefined)
    : halfWidth.split(/\s*[-/.年月日－／．]\s*/).filter((part) => part !== '');
  const wanted = kind === 'month' ? 2 : 3;
  if (parts.length !== wanted || !parts.every((part) => /^\d+$/.test(part))) return null;
  const [year, ...rest] = parts;
  if (year?.length !== 4 || rest.some((part) => part.length > 2)) return null;
  const model = [year, ...rest.map((part) => part.padStart(2, '0'))].join('-');
  // The model's own reading of a month or day: a real one, the same rule its schemas check.
  const parsed = kind === 'month' ? parseMonth(model) : parseDate(model);
  return parsed === null ? null : model;
}
