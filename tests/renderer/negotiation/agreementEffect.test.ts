import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/index';
import { Dec } from '../../../src/core/money';
import { proposeFor } from '../../../src/core/proposals/propose';
import { withAgreed } from '../../../src/core/proposals/verify';
import { agreementEffect } from '../../../src/renderer/negotiation/agreementEffect';
import { issue12Household } from '../issue12Household';

describe("an agreement's effect in the breach check", () => {
  const household = issue12Household();
  const { options } = proposeFor(household, 'jiebei');

  it('is the proposal card’s own figures, for every option offered to 借呗', () => {
    expect(options.length).toBeGreaterThan(0);
    const without = plan(household).summary;
    for (const option of options) {
      const withIt = plan(withAgreed(household, 'jiebei', option.agreement)).summary;
      const effect = agreementEffect(without, withIt);
      expect(effect.costSaved, option.kind).toBe(option.effect.costSaved);
      expect(effect.penaltyAvoided, option.kind).toBe(option.effect.penaltyAvoided);
    }
  });

  it('splits the saving into less charged and more waived or forgiven, to the cent', () => {
    // A settlement forgives the rest: much of its saving is relief, not less charged.
    const settlement = options.find((option) => option.kind === 'settlement');
    if (!settlement) throw new Error('no settlement offered');
    const effect = agreementEffect(
      plan(household).summary,
      plan(withAgreed(household, 'jiebei', settlement.agreement)).summary,
    );
    expect(new Dec(effect.lessCharged).plus(effect.moreRelief).toFixed(2)).toBe(effect.costSaved);
    expect(effect.moreRelief).not.toBe('0.00');
  });
});
