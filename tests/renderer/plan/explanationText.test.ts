import { describe, expect, it } from 'vitest';
import { explain, plan } from '../../../src/core/index';
import { formatMoney } from '../../../src/renderer/format/money';
import { formatDate } from '../../../src/renderer/format/dates';
import { budgetAt } from '../../../src/renderer/plan/schedule/budgetAt';
import {
  type Wording,
  debtSections,
  monthSection,
  orderedSections,
} from '../../../src/renderer/plan/schedule/explanationText';
import { translator } from '../debts/translator';
import { fixtureBundle, fixtureScenario } from './fixturePlan';
import { formatPercent } from '../../../src/renderer/format/percent';

async function wording(language: 'zh-CN' | 'en'): Promise<Wording> {
  const t = await translator(language);
  return {
    t,
    money: (amount) => formatMoney(amount, 'CNY', language),
    date: (iso) => formatDate(iso, language),
  };
}

const scenario = fixtureScenario('03-mixed-avalanche');
const debt = (id: string) => {
  const found = scenario.debts.find((d) => d.id === id);
  if (!found) throw new Error(id);
  return found;
};
const sectionsOf = (month: number, id: string, w: Wording) => {
  const e = explain(scenario, month, id);
  if (!e) throw new Error(`no explanation for ${id} in ${month}`);
  return debtSections(e, debt(id).minimumPayment, w);
};

describe('formatPercent, as explanations write rates', () => {
  it('writes rate fractions as short percentages', () => {
    expect(formatPercent('0.0005')).toBe('0.05%');
    expect(formatPercent('0.1825')).toBe('18.25%');
    expect(formatPercent('0.000493150684931506849315068493150684931507')).toBe('0.0493151%');
  });
});

describe('debt figures', () => {
  it('explains penalty interest with its base, daily rate and days (zh-CN)', async () => {
    const s = sectionsOf(0, 'huabei', await wording('zh-CN'));
    expect(s.penalty.lines[0]).toBe('罚息 ¥77.50 = 逾期本金 ¥5,000.00 × 日利率 0.05% × 31 天');
    expect(s.penalty.lines).toHaveLength(1);
    expect(s.due.lines[0]).toContain('应还 ¥5,077.50');
    expect(s.payment.lines).toEqual(['本月没有还这笔债务。', '比应还少 ¥5,077.50，未还足。']);
  });

  it('explains the same in English, with the rounding to the cent', async () => {
    const s = sectionsOf(1, 'card', await wording('en'));
    expect(s.interest.lines).toEqual([
      'Interest ¥283.32 = principal not overdue ¥18,279.00 × daily rate 0.05% × 31 days',
      'Exactly 283.3245, posted to the cent as ¥283.32.',
    ]);
    // Three base parts, two of them zero: the one that is not names the base.
    expect(s.penalty.lines[0]).toBe(
      'Penalty interest ¥2.03 = overdue principal ¥131.00 × daily rate 0.05% × 31 days',
    );
    // Model v2 §9: the 10.00 of unpaid fees are left out of the base.
    expect(s.fees.lines).toEqual([
      'Of the ¥426.35 not paid, ¥10.00 is unpaid late fees, and no fee is charged on fees: the fee is worked out on ¥416.35.',
      'Late fee ¥20.82 = shortfall without fees ¥416.35 × 5% = 20.8175, at least ¥10.00.',
    ]);
  });

  it('says when the court cap cut a late fee (model v2 §15)', async () => {
    const capped = fixtureScenario('17-court-cap-and-family-help');
    const card = capped.debts.find((d) => d.id === 'card');
    const e = explain(capped, 2, 'card');
    if (!e || !card) throw new Error('no explanation for card in month 2');
    const lines = debtSections(e, card.minimumPayment, await wording('en')).fees.lines;
    expect(lines[lines.length - 1]).toBe(
      'Charged ¥74.66: ¥9.37 less, to stay within what a court would uphold.',
    );
  });

  it('adds money set aside for the debts to the capacity', async () => {
    const helped = fixtureScenario('17-court-cap-and-family-help');
    const row = plan(helped).schedule[3];
    if (!row) throw new Error('no month 3');
    const section = monthSection(
      'capacity',
      row,
      budgetAt(helped, 3),
      (id) => id,
      await wording('en'),
    );
    expect(section.lines).toEqual([
      'Available for debts ¥6,700.00 = income ¥9,000.00 − fixed costs ¥5,600.00 − other debts that must be paid ¥1,200.00 − safety reserve ¥900.00, plus ¥5,400.00 set aside for the debts.',
    ]);
  });

  it('says where a payment went, in the order of the law', async () => {
    const s = sectionsOf(0, 'card', await wording('zh-CN'));
    const e = explain(scenario, 0, 'card');
    expect(s.payment.lines[0]).toBe(
      `实还 ¥1,900.00：先付费用 ${formatMoney(e?.payment.toFees ?? '', 'CNY', 'zh-CN')}，再付罚息 ${formatMoney(e?.payment.toPenalty ?? '', 'CNY', 'zh-CN')}，再付利息 ${formatMoney(e?.payment.toInterest ?? '', 'CNY', 'zh-CN')}，最后付本金 ${formatMoney(e?.payment.toPrincipal ?? '', 'CNY', 'zh-CN')}。`,
    );
    expect(s.balance.lines[1]).toContain('月末余额 ¥18,420.00');
  });

  it('gives the minimum payment rule behind a minimum due', async () => {
    const w = await wording('zh-CN');
    const month = fixtureBundle('03-mixed-avalanche').result.schedule.findIndex(
      (row) => explain(scenario, row.month, 'weili')?.due.rule === 'minimum',
    );
    expect(month).toBeGreaterThan(0);
    const s = sectionsOf(month, 'weili', w);
    expect(s.due.lines[0]).toContain('本月的最低还款');
    expect(s.due.lines[1]).toBe('最低还款为每月固定 ¥1,100.00，不超过余额。');
  });

  it('puts the clicked figure first and keeps the rest in working order', async () => {
    const s = sectionsOf(0, 'huabei', await wording('en'));
    const { primary, rest } = orderedSections('fees', s);
    expect(primary.key).toBe('fees');
    expect(rest.map((r) => r.key)).toEqual([
      'interest',
      'penalty',
      'due',
      'payment',
      'balance',
      'state',
    ]);
  });
});

describe('month figures', () => {
  const bundle = fixtureBundle('03-mixed-avalanche');
  const name = (id: string) => debt(id).name;

  it('works out capacity from the budget of that month', async () => {
    const w = await wording('zh-CN');
    const row = bundle.result.schedule[0];
    if (!row) throw new Error('no month 0');
    expect(monthSection('capacity', row, budgetAt(scenario, 0), name, w).lines[0]).toBe(
      '可用于还债 ¥1,900.00 = 收入 ¥8,000.00 − 固定开支 ¥4,500.00 − 必须偿还的其他债务 ¥1,200.00 − 安全储备 ¥400.00。',
    );
  });

  it('uses a budget whose capacity is the schedule capacity in every month', () => {
    for (const row of bundle.result.schedule)
      expect(budgetAt(scenario, row.month).capacity, `month ${row.month}`).toBe(row.capacity);
  });

  it('adds up the payments of the month by debt', async () => {
    const w = await wording('en');
    const row = bundle.result.schedule[2];
    if (!row) throw new Error('no month 2');
    expect(monthSection('paid', row, budgetAt(scenario, 2), name, w).lines[0]).toMatch(
      /^Paid in total ¥7,600\.00 = 花呗 ¥5,225\.00 \+ /,
    );
  });

  it('explains a deficit with the budget figures', async () => {
    const deficit = fixtureBundle('10-deficit-do-nothing');
    const row = deficit.result.schedule[0];
    if (!row) throw new Error('no month 0');
    const line = monthSection(
      'deficit',
      row,
      budgetAt(deficit.scenario, 0),
      name,
      await wording('zh-CN'),
    ).lines[0];
    expect(line).toMatch(/^缺口 ¥600\.00：收入 ¥1,500\.00 不够支付/);
  });
});
