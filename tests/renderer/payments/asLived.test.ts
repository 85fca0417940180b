import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/engine/api';
import { scenarioSchema } from '../../../src/core/scenario/schema';
import { asLived, recordedBefore, recordedFrom } from '../../../src/renderer/payments/asLived';
import {
  moneyText,
  paymentFromDraft,
  receiptFromFile,
} from '../../../src/renderer/payments/paymentDraft';

const fixture = resolve(
  import.meta.dirname,
  '../../../../shared/fixtures/v2/15-actuals-as-lived.scenario.json',
);

function bundleOf(changes: (raw: Record<string, unknown>) => void = () => {}) {
  const raw = JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;
  changes(raw);
  const scenario = scenarioSchema.parse(raw);
  return { scenario, result: plan(scenario) };
}

describe('the overview as of today', () => {
  it("paid so far and left to pay are the plan's own figures", () => {
    const bundle = bundleOf();
    const lived = asLived(bundle, []);
    // Fixture 15's expected output: of 23,110.00 recorded, 22,358.02 applied and 751.98 more
    // than was owed; the plan pays 91,152.72 in all.
    expect(lived).toEqual({
      paidSoFar: '22358.02',
      unapplied: '751.98',
      leftToPay: '68794.70',
      unrecordedMonths: [],
    });
  });

  it('asks about a past month with no payment recorded until it is confirmed', () => {
    const bundle = bundleOf((raw) => {
      const actuals = raw.actuals as { payments: { date: string }[] };
      // Nothing recorded in the period that starts 2027-03-31 (fixture starts on the 31st).
      actuals.payments = actuals.payments.filter(
        (p) => !(p.date >= '2027-03-31' && p.date < '2027-04-30'),
      );
    });
    expect(asLived(bundle, [])?.unrecordedMonths).toEqual(['2027-03']);
    expect(asLived(bundle, ['2027-03'])?.unrecordedMonths).toEqual([]);
  });

  // The plan leaves today's payments out until tomorrow (scenarioRows, model §14: dated before
  // asOf): the overview says how much was recorded today, not only "paid so far" without it.
  it("today's payments: the overview says how much was recorded today", () => {
    const payments = [
      { date: '2027-03-14', amount: '100.00' },
      { date: '2027-03-15', amount: '500.00' },
      { date: '2027-03-15', amount: '20.50' },
    ];
    expect(recordedFrom(payments, '2027-03-15')).toBe('520.50');
    expect(recordedFrom(payments, '2027-03-16')).toBeNull();
  });

  // The plan starts from the balances entered for its first day, which a payment made before it
  // has already lowered (scenarioRows keeps payments from startDate on): kept as evidence, and
  // the overview says so.
  it('payments before the plan starts: the overview says how much, and why it is not counted', () => {
    const payments = [
      { date: '2027-02-27', amount: '800.00' },
      { date: '2027-02-28', amount: '0.50' },
      { date: '2027-03-01', amount: '300.00' },
    ];
    expect(recordedBefore(payments, '2027-03-01')).toBe('800.50');
    expect(recordedBefore(payments, '2027-02-27')).toBeNull();
  });

  it('says nothing as lived for a plan without recorded payments', () => {
    expect(
      asLived(
        bundleOf((raw) => delete raw.actuals),
        [],
      ),
    ).toBeNull();
  });
});

describe('recording a payment', () => {
  const options = { debtIds: ['huabei'], today: '2027-03-05' };
  const draft = {
    debtId: 'huabei',
    date: '2027-03-05',
    amount: '300',
    channel: 'wechat' as const,
    note: ' 第3期 ',
  };

  it('an amount as typed becomes the model’s money text', () => {
    expect(moneyText('300')).toBe('300.00');
    expect(moneyText('1280.5')).toBe('1280.50');
    expect(moneyText('0')).toBeNull();
    expect(moneyText('12.345')).toBeNull();
    expect(moneyText('-5')).toBeNull();
  });

  it('saves what was typed, trimmed, and refuses a payment dated after today', () => {
    expect(paymentFromDraft(draft, options)).toEqual({
      ok: true,
      payment: {
        debtId: 'huabei',
        date: '2027-03-05',
        amount: '300.00',
        channel: 'wechat',
        note: '第3期',
      },
    });
    expect(paymentFromDraft({ ...draft, date: '2027-03-06', amount: '' }, options)).toEqual({
      ok: false,
      problems: ['future', 'amount'],
    });
    expect(paymentFromDraft({ ...draft, debtId: 'gone', date: '2027-02-30' }, options)).toEqual({
      ok: false,
      problems: ['debt', 'date'],
    });
  });

  it('a receipt is an image the app shows, of at most 5 MB', () => {
    const png = (bytes: number, type = 'image/png') => new Blob([new Uint8Array(bytes)], { type });
    expect(receiptFromFile(png(5 * 1024 * 1024)).ok).toBe(true);
    expect(receiptFromFile(png(5 * 1024 * 1024 + 1))).toEqual({ ok: false, problem: 'size' });
    expect(receiptFromFile(png(10, 'application/pdf'))).toEqual({ ok: false, problem: 'type' });
  });
});
