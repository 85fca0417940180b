import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/i18n/locales/en';

/** Every English message with its key path. */
function messages(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    messages(value, path ? `${path}.${key}` : key),
  );
}

const english = messages(en);

/**
 * Chinese in the English UI only where it is a name the person sees on their lender's app or
 * must know: the apps' names, the app's own name, the language's name, and 年化利率, the rate
 * lenders must disclose. Full-width punctuation (：、，) is never one of these.
 */
const names = new Set([
  'app.fullName',
  'languageNames.zh-CN',
  'debts.presets.huabei',
  'debts.presets.jiebei',
  'debts.presets.weilidai',
  'debts.presets.meituan',
  'debts.presets.baitiao',
  'print.footerNote',
  'negotiation.apr.line',
]);

describe('the English messages read as English', () => {
  it('hold Chinese only in names', () => {
    const chinese = english.filter(([, text]) =>
      /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u.test(text),
    );
    expect(chinese.map(([key]) => key).filter((key) => !names.has(key))).toEqual([]);
    for (const [key, text] of chinese)
      expect(text, key).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/u);
  });

  it('count with plurals, not "(s)"', () => {
    expect(english.filter(([, text]) => /\w\((s|es)\)/u.test(text))).toEqual([]);
  });

  it('write a percentage without a space, as English does ("24%", "0.05%/day")', () => {
    expect(english.filter(([, text]) => /(\d|\}\}) %/u.test(text))).toEqual([]);
  });
});
