import { describe, expect, it } from 'vitest';
import { rateBand } from '../../../src/renderer/negotiation/installmentRate';

describe('the real annual rate against the yardsticks', () => {
  it('places an APR against 4 × LPR, 24 % and 36 %, boundaries included', () => {
    // Model §13's example: 12,000 in 12 flat-fee installments at 0.6 % a month is 13.03 %.
    expect(rateBand('13.03', '3.00')).toBe('within24');
    expect(rateBand('12.00', '3.00')).toBe('withinLpr');
    expect(rateBand('13.03', '3.45')).toBe('withinLpr');
    expect(rateBand('24.00', '3.00')).toBe('within24');
    expect(rateBand('24.01', '3.00')).toBe('within36');
    expect(rateBand('36.00', '3.00')).toBe('within36');
    expect(rateBand('36.01', '3.00')).toBe('above36');
    expect(rateBand('0.00', '3.00')).toBe('withinLpr');
  });
});
