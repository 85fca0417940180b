import { describe, expect, it } from 'vitest';
import type { EvidenceRow } from '../../../src/renderer/db/AppDB';
import { formatMoney } from '../../../src/renderer/format/money';
import { buildStatement } from '../../../src/renderer/negotiation/buildStatement';
import { statementData } from '../../../src/renderer/negotiation/statementData';
import { fixtureBundle } from '../plan/fixturePlan';

const evidence: EvidenceRow[] = [
  { id: 'e1', debtId: 'huabei', item: 'incomeProof', status: 'have', note: '' },
  { id: 'e2', debtId: 'huabei', item: 'bankStatements', status: 'needed', note: '' },
  { id: 'e3', debtId: 'huabei', item: 'hardshipProof', status: 'sent', note: '' },
  { id: 'e4', debtId: 'huabei', item: 'creditReport', status: 'requested', note: '' },
];

function dataFor(fixture: string, debtId: string) {
  const data = statementData({
    bundle: fixtureBundle(fixture),
    debtId,
    overdueSince: '2026-11-01',
    evidence,
    cause: '2026年6月失业，正在找工作',
    paid: '逾期后已还 500 元',
    proposal: {
      agreement: {
        kind: 'installment',
        date: '2026-12-15',
        status: 'proposed',
        months: 12,
        method: 'equalPayment',
        rate: '0.005',
        waivePenalty: true,
      },
      monthlyPayment: '430.33',
    },
    today: '2026-11-21',
  });
  if (!data) throw new Error(`${debtId} is not in ${fixture}`);
  return data;
}

describe('the hardship statement', () => {
  // Fixture 03: income 8,000, costs 4,500, car loan 1,200, reserve 5 % = 400 → 1,900 a month.
  const data = dataFor('03-mixed-avalanche', 'huabei');

  it('gathers the plan’s figures', () => {
    expect(data.budget).toEqual({
      income: '8000.00',
      fixedCosts: '4500.00',
      obligations: '1200.00',
      reserve: '400.00',
      affordable: '1900.00',
    });
    expect(data.otherDebts).toEqual({ count: 2, owed: '32000.00' });
    expect(data.evidence).toEqual(['incomeProof', 'hardshipProof']);
  });

  it('in Chinese: the figures, the overdue days, the proposal and the evidence enclosed', () => {
    const text = buildStatement(data, 'zh-CN');
    const money = (amount: string) => formatMoney(amount, 'CNY', 'zh-CN');
    for (const amount of ['1900.00', '8000.00', '4500.00', '1200.00', '400.00', '5000.00']) {
      expect(text).toContain(money(amount));
    }
    expect(text).toContain('¥1,900.00');
    expect(text).toContain('致花呗：');
    expect(text).toContain('本人因2026年6月失业，正在找工作');
    expect(text).toContain('已逾期 20 天');
    expect(text).toContain('另有 2 笔欠款，共计 ¥32,000.00');
    expect(text).toContain('分 12 期还清，等额本息，月利率 0.5%，并减免罚息，每期约 ¥430.33');
    expect(text).toContain('逾期后已还 500 元');
    expect(text).toContain('1. 收入证明 / 工资单\n2. 困难证明');
    expect(text).not.toContain('银行流水');
    expect(text).toContain('以上情况全部属实');
    expect(text).toMatch(/一、欠款情况[\s\S]*二、收入与支出[\s\S]*三、已还款情况/);
    expect(text).not.toMatch(/\{\{/);
  });

  it('in English: the same figures and items', () => {
    const text = buildStatement(data, 'en');
    const money = (amount: string) => formatMoney(amount, 'CNY', 'en');
    for (const amount of ['1900.00', '8000.00', '4500.00', '1200.00', '400.00', '5000.00']) {
      expect(text).toContain(money(amount));
    }
    expect(text).toContain('1,900.00');
    expect(text).toContain('To 花呗,');
    expect(text).toContain('20 days as of');
    expect(text).toContain('an installment plan of 12 months');
    expect(text).toContain('1. Income proof / payslips\n2. Proof of hardship');
    expect(text).not.toContain('Bank statements');
    expect(text).toContain('everything above is true');
    expect(text).not.toMatch(/\{\{/);
  });

  it('a cause typed with its own full stop does not double the punctuation', () => {
    const zh = buildStatement({ ...data, cause: '因病住院，无法工作。 ' }, 'zh-CN');
    expect(zh).toContain('本人因因病住院，无法工作，目前');
    expect(zh).not.toMatch(/[。.，,][。，]/u);
    const en = buildStatement({ ...data, cause: 'losing my job in June.' }, 'en');
    expect(en).toContain('in my own words: losing my job in June. Below');
    expect(en).not.toContain('June.,');
  });

  it('without a cause, a payment or a proposal it says less, and invents nothing', () => {
    const bare = { ...data, cause: ' ', paid: '', evidence: [] };
    delete bare.proposal;
    const text = buildStatement(bare, 'zh-CN');
    expect(text).toContain('本人目前遇到经济困难');
    expect(text).not.toContain('已还款情况');
    expect(text).not.toContain('随附证明材料');
    expect(text).toContain('恳请贵机构告知可行的方案');
    expect(text).toMatch(/三、还款方案/);
  });

  it('a budget in deficit says how much is missing each month', () => {
    const bundle = fixtureBundle('10-deficit-do-nothing');
    const debtId = bundle.scenario.debts[0]?.id ?? '';
    const deficit = dataFor('10-deficit-do-nothing', debtId);
    expect(deficit.budget.affordable.startsWith('-')).toBe(true);
    const text = buildStatement(deficit, 'en');
    expect(text).toContain(
      `falls ${formatMoney(deficit.budget.affordable.slice(1), bundle.scenario.currency, 'en')} short`,
    );
  });
});

describe('the statement quotes the person’s words in a sentence that stays grammatical', () => {
  const data = dataFor('03-mixed-avalanche', 'huabei');
  const openingOf = (cause: string, language: 'en' | 'zh-CN') =>
    buildStatement({ ...data, cause }, language).split('\n\n')[2] ?? '';

  // What people type: the on-screen example, a clause, a full sentence, several sentences,
  // a noun phrase, stray spaces and punctuation, and Chinese in the English letter.
  it.each([
    [
      'lost my job in June 2026 and am looking for work; a family member in hospital.',
      'lost my job in June 2026 and am looking for work; a family member in hospital',
    ],
    ['lost my job in June 2026', 'lost my job in June 2026'],
    ['I lost my job in June 2026.', 'I lost my job in June 2026'],
    [
      'My wife was in hospital. I had to pay the bills!',
      'My wife was in hospital. I had to pay the bills',
    ],
    ['job loss', 'job loss'],
    ['  illness, then unemployment ;  ', 'illness, then unemployment'],
    ['2026年6月失业，正在找工作。', '2026年6月失业，正在找工作'],
  ])('in English: %j', (cause, quoted) => {
    const opening = openingOf(cause, 'en');
    expect(opening).toContain(`What happened, in my own words: ${quoted}. Below is a true account`);
    expect(opening).toMatch(/^I am in financial difficulty and currently unable to repay/);
    expect(opening).not.toMatch(/[.!?;,。，！？][.,;]|\s[.,;]|Because/);
  });

  it.each(['2026年6月失业，正在找工作', '2026年6月失业，正在找工作。', '生病住院！'])(
    'in Chinese: %j',
    (cause) => {
      const opening = openingOf(cause, 'zh-CN');
      expect(opening).toMatch(/^本人因[^。，！]+(，[^。，！]+)?，目前无法/);
      expect(opening).not.toMatch(/[。！？，][，。]/);
    },
  );
});

describe('the statement counts the other lenders in words that agree with the count', () => {
  const data = dataFor('03-mixed-avalanche', 'huabei');
  const budgetOf = (count: number, language: 'en' | 'zh-CN') =>
    buildStatement({ ...data, otherDebts: { count, owed: '32000.00' } }, language);

  it.each([
    [1, 'Besides you I owe 1 other lender ¥32,000.00, which must be repaid too.'],
    [2, 'Besides you I owe 2 other lenders ¥32,000.00 in all, which must be repaid too.'],
    [11, 'Besides you I owe 11 other lenders ¥32,000.00 in all, which must be repaid too.'],
  ])('in English, %i other lender(s)', (count, sentence) => {
    const text = budgetOf(count, 'en');
    expect(text).toContain(sentence);
    expect(text).not.toContain('(s)');
  });

  it('in Chinese, the count alone', () => {
    expect(budgetOf(1, 'zh-CN')).toContain('除贵机构外，本人另有 1 笔欠款，共计 ¥32,000.00');
  });

  it('says nothing of other lenders when there are none', () => {
    expect(budgetOf(0, 'en')).not.toContain('Besides you');
  });
});
