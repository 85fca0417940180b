import { describe, expect, it } from 'vitest';
import { formatPercent, percentDigits } from '../../../src/renderer/format/percent';
import { textFormat } from '../../../src/renderer/negotiation/textFormat';

describe('the one percent formatter', () => {
  it('shows a rate fraction as a percentage, up to six significant digits, never as 1e-7', () => {
    expect(formatPercent('0.0005')).toBe('0.05%');
    expect(formatPercent('0.18')).toBe('18%');
    expect(formatPercent('0.000000001')).toBe('0.0000001%');
    expect(percentDigits('0.000166666666')).toBe('0.0166667');
  });

  it('is what the negotiation letters use: a small daily rate keeps its digits', () => {
    // Rounded to four places, 0.0333…% read as 0.0333%; six significant digits keep 0.0333333%.
    expect(textFormat('en', 'CNY').percent('0.000333333333')).toBe('0.0333333%');
  });
});
