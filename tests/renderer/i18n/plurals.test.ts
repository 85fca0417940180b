import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../../../src/renderer/i18n/i18n';

beforeAll(async () => {
  await initI18n('en');
});

describe('English counts read as English', () => {
  it.each([
    ['debts.list.agreements', 1, '1 agreement'],
    ['debts.list.agreements', 3, '3 agreements'],
    ['forms.unsavedErrors', 1, '1 field needs fixing before this can be saved.'],
    ['forms.unsavedErrors', 2, '2 fields need fixing before this can be saved.'],
    ['strategies.delayOption', 1, 'in 1 month'],
    ['strategies.delayOption', 6, 'in 6 months'],
    ['app.followUpsTitle', 1, 'Ashore: 1 follow-up due today'],
    ['app.followUpsTitle', 2, 'Ashore: 2 follow-ups due today'],
    ['progress.status.onTrack', 1, 'On track: 1 month in, the balance is no higher than planned.'],
    ['progress.status.onTrack', 4, 'On track: 4 months in, the balance is no higher than planned.'],
    ['dashboard.cheaper.sooner', 1, 'You would be debt-free 1 month sooner.'],
    ['dashboard.cheaper.later', 2, 'You would be debt-free 2 months later.'],
  ] as const)('%s with %i', (key, count, expected) => {
    expect(i18next.t(key, { count })).toBe(expected);
  });

  it('counts payments with their total', () => {
    expect(i18next.t('payments.total', { count: 1, amount: '¥5.00' })).toBe(
      '1 payment, ¥5.00 in total',
    );
    expect(i18next.t('payments.total', { count: 2, amount: '¥5.00' })).toBe(
      '2 payments, ¥5.00 in total',
    );
  });

  it('Chinese keeps its one form for every count', () => {
    expect(i18next.t('debts.list.agreements', { count: 1, lng: 'zh-CN' })).toBe('1 项协议');
    expect(i18next.t('debts.list.agreements', { count: 2, lng: 'zh-CN' })).toBe('2 项协议');
  });
});
