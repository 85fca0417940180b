import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { kindLabel, kindOptionLabel } from '../../../src/renderer/debts/kindLabel';
import { initI18n } from '../../../src/renderer/i18n/i18n';

beforeAll(async () => {
  await initI18n('en');
});

describe('a debt kind', () => {
  it('names a kind from an imported file in words, never raw', () => {
    const t = i18next.getFixedT('en');
    expect(kindLabel('creditCard', t)).toBe('Credit card');
    expect(kindLabel('private', t)).toBe('Other');
    expect(kindLabel(undefined, t)).toBe('Other');
    expect(kindOptionLabel('private', t)).toBe('Other (from the imported file)');
    expect(kindLabel('private', i18next.getFixedT('zh-CN'))).toBe('其他');
  });
});
