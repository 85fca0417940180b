import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/index';
import { costOfParts } from '../../../src/core/planCost';
import type { Agreement, Scenario } from '../../../src/core/scenario/types';
import type { AllNegotiationRecords } from '../../../src/renderer/db/negotiationRecords';
import { formatMoney } from '../../../src/renderer/format/money';
import { lenderPacketData } from '../../../src/renderer/print/lender/lenderPacketData';
import { withProposalAgreed } from '../../../src/renderer/print/lender/packetProposal';
import { packetText } from '../../../src/renderer/print/lender/packetText';
import { buildPlanBundle } from '../../../src/renderer/plan/planBundle';
import { fixtureBundle, fixtureScenario } from '../plan/fixturePlan';

/** 07-agreements: the card has an agreed 36-month installment; 借呗 and 朋友借款 are others. */
const bundle = fixtureBundle('07-agreements');
const records: AllNegotiationRecords = {
  statements: [
    { debtId: 'card', language: 'en', text: 'To 信用卡: my statement.', updatedAt: '' },
    { debtId: 'jiebei', language: 'en', text: 'To 借呗: another statement.', updatedAt: '' },
  ],
  evidence: [
    { id: 'e1', debtId: 'card', item: 'incomeProof', status: 'sent', note: 'private note' },
    { id: 'e2', debtId: 'card', item: 'creditReport', status: 'needed', note: '' },
    { id: 'e3', debtId: 'jiebei', item: 'bankStatements', status: 'have', note: '' },
  ],
  contacts: [
    {
      id: 'c1',
      debtId: 'card',
      at: '2027-02-01T10:00',
      channel: 'phone',
      who: '8831',
      said: 'call note',
      answer: '',
      promised: '',
    },
  ],
  payments: [
    {
      id: 'p1',
      debtId: 'jiebei',
      date: '2027-02-02',
      amount: '500.00',
      channel: 'wechat',
      note: 'jiebei paid',
      order: 0,
    },
    {
      id: 'p2',
      debtId: 'card',
      date: '2027-02-05',
      amount: '300.00',
      channel: 'alipay',
      note: '',
      order: 1,
    },
  ],
};

describe('the packet for one lender', () => {
  const data = lenderPacketData(bundle, records, 'card', '2027-01-01', '2027-02-10');

  it('holds that lender’s debt, evidence in hand and statement, and the plan’s own figures', () => {
    const card = bundle.result.summary.debts.find((d) => d.id === 'card');
    expect(data?.facts.lender).toBe('信用卡');
    expect(data?.overdueDays).toBe(40);
    expect(data?.facts.evidence).toEqual(['incomeProof']);
    expect(data?.statement).toBe('To 信用卡: my statement.');
    expect(data?.outcome).toEqual({
      paid: card?.paid,
      cost: card && costOfParts(card).toFixed(2),
      payoffDate: card?.payoffDate,
    });
    const months = bundle.result.schedule.filter((row) => row.debts.some((d) => d.id === 'card'));
    expect(data?.schedule.map((row) => row.month)).toEqual(months.map((row) => row.month));
    expect(data?.facts.otherDebts).toEqual({ count: 2, owed: '11300.00' });
    // Only the payments made to this lender, never another's.
    expect(data?.payments.map((p) => p.id)).toEqual(['p2']);
  });

  it('gives as text only this lender’s statement and proposal, in words and the plan’s figures', () => {
    if (!data) throw new Error('the card is in the plan');
    const text = packetText(data, 'en');
    expect(text.startsWith('To 信用卡: my statement.\n\nRepayment proposal:\n')).toBe(true);
    expect(text).toContain('36 months');
    expect(text).toContain('(agreed)');
    expect(text).toContain(formatMoney(data.outcome.paid, 'CNY', 'en'));
    for (const secret of [
      '借呗',
      '朋友借款',
      'another statement',
      'call note',
      '8831',
      'private note',
    ])
      expect(text).not.toContain(secret);
  });

  it('shows an installment’s APR only when the plan has it (model v2 §13)', () => {
    if (!data) throw new Error('the card is in the plan');
    expect(packetText({ ...data, installments: [] }, 'en')).not.toContain('IRR');
    // The model's own example: 12,000 in 12 flat-fee installments at 0.6 % a month.
    const disclosed = {
      ...data,
      installments: [
        {
          debtId: 'card',
          date: '2027-03-15',
          amount: '12000.00',
          months: 12,
          payment: '1072.00',
          totalCost: '864.00',
          apr: '13.03',
        },
      ],
    };
    const zh = packetText(disclosed, 'zh-CN');
    expect(zh).toContain('年化利率（IRR）13.03%');
    expect(zh).toContain('（已达成）');
  });

  it('is null for a debt the plan does not have', () => {
    expect(lenderPacketData(bundle, records, 'gone', undefined, '2027-02-10')).toBeNull();
  });
});

/** 07 with the card's agreements replaced: what the person has recorded with it. */
function cardRecords(agreements: Agreement[]): Scenario {
  const scenario = fixtureScenario('07-agreements');
  return {
    ...scenario,
    debts: scenario.debts.map((d) => (d.id === 'card' ? { ...d, agreements } : d)),
  };
}

/** The packet as the print view makes it: the plan, and the plan with the proposal agreed. */
function packetOf(scenario: Scenario) {
  const agreed = withProposalAgreed(scenario, 'card');
  if (!agreed) throw new Error('the card has a proposal');
  const data = lenderPacketData(
    buildPlanBundle(scenario, plan(scenario)),
    records,
    'card',
    undefined,
    '2027-02-10',
    buildPlanBundle(agreed, plan(agreed)),
  );
  if (!data) throw new Error('the card is in the plan');
  return data;
}

describe('the packet for a proposal not yet agreed', () => {
  const agreedInstallment = fixtureScenario('07-agreements').debts.find((d) => d.id === 'card')
    ?.agreements[0];
  if (agreedInstallment?.kind !== 'installment') throw new Error('07: the card’s installment');

  it('shows the figures of the plan with it agreed: APR, monthly payment, total cost, schedule', () => {
    const data = packetOf(cardRecords([{ ...agreedInstallment, status: 'proposed' }]));
    // Agreed, the same installment is 07 as it is: the engine's own figures for it.
    const card = bundle.result.summary.debts.find((d) => d.id === 'card');
    const line = bundle.result.summary.installments.find((row) => row.debtId === 'card');
    if (!card || !line) throw new Error('07 runs the card’s installment');
    expect(data.installments).toEqual([line]);
    expect(data.agreements).toEqual([
      {
        agreement: { ...agreedInstallment, status: 'proposed' },
        status: 'proposed',
        monthlyPayment: line.payment,
      },
    ]);
    expect(data.proposal).toEqual({
      agreement: { ...agreedInstallment, status: 'proposed' },
      shortFrom: null,
    });
    expect(data.outcome).toEqual({
      paid: card.paid,
      cost: costOfParts(card).toFixed(2),
      payoffDate: card.payoffDate,
    });
    expect(data.schedule.map((row) => row.payment)).toEqual(
      bundle.result.schedule.flatMap((row) =>
        row.debts.filter((d) => d.id === 'card').map((d) => d.payment),
      ),
    );
    const text = packetText(data, 'en');
    expect(text).toContain(`effective annual rate (IRR) ${line.apr}%`);
    expect(text).toContain(formatMoney(line.totalCost, 'CNY', 'en'));
    expect(text).toContain('The figures below assume you accept the proposal');
    expect(text).toContain('(proposed)');
    expect(packetText(data, 'zh-CN')).toContain(`年化利率（IRR）${line.apr}%`);
  });

  it('says in which month a proposal could not be paid in full', () => {
    // ¥20,000 at the end of the first month, out of a capacity of ¥2,700 a month: it fails.
    const settlement: Agreement = {
      kind: 'settlement',
      date: '2027-02-27',
      amount: '20000.00',
      status: 'proposed',
    };
    const data = packetOf(cardRecords([settlement]));
    expect(data.proposal?.shortFrom).toBe('2027-01-31');
    expect(data.installments).toEqual([]);
  });
});
