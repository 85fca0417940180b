import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/renderer/format/money';
import { describeAgreement } from '../../../src/renderer/negotiation/agreementText';
import { proposalParams } from '../../../src/renderer/negotiation/proposalParams';
import { sameAgreement } from '../../../src/renderer/negotiation/sameAgreement';
import { textFormat } from '../../../src/renderer/negotiation/textFormat';

const zh = textFormat('zh-CN', 'CNY');
const en = textFormat('en', 'CNY');

describe('agreements in words', () => {
  it('a waiver names each part, all or an amount', () => {
    const waiver = {
      kind: 'waiver' as const,
      date: '2026-12-01',
      penalty: 'all',
      fees: '120.00',
    };
    expect(describeAgreement(waiver, zh)).toBe(
      `减免全部罚息、费用 ${formatMoney('120.00', 'CNY', 'zh-CN')}（2026年12月1日起）`,
    );
    expect(describeAgreement(waiver, en)).toBe(
      `a waiver of all penalty interest and ${formatMoney('120.00', 'CNY', 'en')} of fees (from Dec 1, 2026)`,
    );
  });

  it('an installment with no rate and interest waived is the interest-stop plan', () => {
    const plan = {
      kind: 'installment' as const,
      date: '2027-01-15',
      months: 36,
      method: 'equalPayment' as const,
      rate: '0',
      waivePenalty: true,
      waiveInterest: true,
    };
    expect(describeAgreement(plan, zh, '555.56')).toBe(
      `停息挂账：从 2027年1月15日 起分 36 期还清本金，停止计息，并减免罚息、利息，每期约 ${formatMoney('555.56', 'CNY', 'zh-CN')}`,
    );
    expect(describeAgreement({ ...plan, rate: '0.003', method: 'flatFee' }, en)).toBe(
      'an installment plan of 36 months from Jan 15, 2027, a flat fee of 0.3% a month, with penalty interest and interest waived',
    );
  });

  it('a settlement has its amount and date', () => {
    const settlement = {
      kind: 'settlement' as const,
      date: '2027-02-28',
      amount: '6500.00',
    };
    expect(describeAgreement(settlement, zh)).toBe(
      `于 2027年2月28日 一次性结清 ${formatMoney('6500.00', 'CNY', 'zh-CN')}`,
    );
  });

  it('the same terms are the same agreement whatever the status', () => {
    const a = { kind: 'settlement' as const, date: '2027-02-28', amount: '6500.00' };
    // Keys in another order, as a row read back from the database may have them.
    const reordered = {
      status: 'agreed' as const,
      amount: '6500.00',
      date: '2027-02-28',
      kind: 'settlement' as const,
    };
    expect(sameAgreement({ ...a, status: 'proposed' }, reordered)).toBe(true);
    expect(sameAgreement(a, { ...a, amount: '6400.00' })).toBe(false);
  });
});

describe('proposal parameters for their sentence', () => {
  it('formats money, dates and the rate; counts stay as they are', () => {
    expect(
      proposalParams(
        {
          months: 36,
          rate: '0.015208',
          installment: '725.78',
          date: '2027-02-28',
          percentOfBalance: 31.1,
        },
        en,
      ),
    ).toEqual({
      months: 36,
      rate: '1.5208%',
      installment: formatMoney('725.78', 'CNY', 'en'),
      date: 'Feb 28, 2027',
      percentOfBalance: 31.1,
    });
  });
});
