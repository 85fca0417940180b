import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { validateScenario } from '../../../src/core/index';
import { proposeFor } from '../../../src/core/proposals/index';
import { todayIso } from '../../../src/renderer/format/dates';
import { formatMoney } from '../../../src/renderer/format/money';
import { proposalDate } from '../../../src/renderer/negotiation/proposalDate';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

/**
 * Every installment the proposal assistant offers shows its real annual rate and total cost —
 * the engine's own, for the household exported from the app — against 4 × LPR, 24 % and 36 %,
 * before anything is agreed. Fixture 03: the card is offered an interest-stop plan (0 %) and
 * an ordinary installment at its own rate (above 4 × LPR, within 24 %).
 */
const scenarioFile = fixtureFile('03-mixed-avalanche.scenario.json');

const words = {
  'zh-CN': {
    exportScenario: /导出情景/,
    title: '分期的真实年化利率',
    apr: (apr: string) => `年化利率 ${apr} %`,
    withinLpr: '不超过 4 倍一年期 LPR（3.00 %',
    within24: '高于 4 倍 LPR（12 %），但不超过 24 %。',
  },
  'en-US': {
    exportScenario: /Export scenario/,
    title: 'The real annual rate of the installments',
    apr: (apr: string) => `an annual rate of ${apr}%`,
    withinLpr: 'Within 4 × the one-year LPR (3.00%',
    within24: 'Above 4 × LPR (12%), but not above 24%.',
  },
} as const;

/** The household as the app plans it: exported from the Data page, as a person would. */
async function exportedScenario(page: Page, label: RegExp) {
  await openApp(page, 'data');
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  const file = await started;
  const validation = validateScenario(JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')));
  if (!validation.ok) throw new Error('the exported scenario is valid');
  return validation.scenario;
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  const w = words[locale];
  const language = locale === 'zh-CN' ? 'zh-CN' : 'en';
  test.describe(`the APR of proposals in ${locale}`, () => {
    test.use({ locale });

    test('each installment proposal shows the engine’s APR and total cost against the yardsticks', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await importScenarioFile(page, scenarioFile);
      const scenario = await exportedScenario(page, w.exportScenario);
      const result = proposeFor(scenario, 'card', {
        date: proposalDate(scenario.startDate, todayIso()),
      });
      const installments = result.options.flatMap((option, index) =>
        option.installment ? [{ index, line: option.installment }] : [],
      );
      // Both kinds are offered: one at 0 %, one at the card's own rate.
      expect(installments.map(({ line }) => line.apr === '0.00')).toEqual(
        expect.arrayContaining([true, false]),
      );

      await openApp(page, 'negotiation/card');
      const cards = page.locator('ul.proposal-list > li');
      await expect(cards).toHaveCount(result.options.length);
      for (const { index, line } of installments) {
        const card = cards.nth(index);
        await expect(card).toContainText(w.title);
        await expect(card).toContainText(w.apr(line.apr));
        await expect(card).toContainText(formatMoney(line.totalCost, 'CNY', language));
        await expect(card).toContainText(line.apr === '0.00' ? w.withinLpr : w.within24);
      }
      // A settlement or waiver has no installment rate to show.
      for (const [index, option] of result.options.entries()) {
        if (!option.installment) await expect(cards.nth(index)).not.toContainText(w.title);
      }
    });
  });
}
