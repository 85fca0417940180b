import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';
import { planSummary, yuan } from './planCommand';

const totalPenalty = (file: string) => planSummary<{ totalPenalty: string }>(file).totalPenalty;

/** Plans with the court cap: overdue debts whose penalty and fees a court would cut. */
const scenario = fixtureFile('17-court-cap-and-family-help.scenario.json');

for (const { locale, words } of [
  {
    locale: 'zh-CN',
    words: {
      penalty: '罚息',
      toggle: '按法院会支持的标准（年 24 %）做计划',
      caution: '不会自己消失',
    },
  },
  {
    locale: 'en-US',
    words: {
      penalty: 'Penalty interest',
      toggle: 'Plan with what a court would uphold (24% a year)',
      caution: 'does not vanish by itself',
    },
  },
]) {
  test.describe(`court view in ${locale}`, () => {
    test.use({ locale });

    test('shows what lenders claim beside what a court would uphold, and plans with it when chosen', async ({
      page,
    }) => {
      const uncapped = join(tmpdir(), `uncapped-${Date.now()}.scenario.json`);
      const { chargeCap: _cap, ...raw } = JSON.parse(readFileSync(scenario, 'utf8')) as Record<
        string,
        unknown
      >;
      writeFileSync(uncapped, JSON.stringify(raw));
      const claimed = yuan(totalPenalty(uncapped), locale);
      const upheld = yuan(totalPenalty(scenario), locale);
      expect(claimed).not.toBe(upheld);

      await importScenarioFile(page, scenario);
      await openApp(page, 'strategies');
      const view = page.locator('section.court-view');
      const penaltyRow = view.getByRole('row', { name: new RegExp(`^${words.penalty}`) });
      await expect(penaltyRow.getByRole('cell')).toHaveText([claimed, upheld]);
      await expect(view).toContainText(words.caution);

      // The imported household plans with the cap; turned off, it follows the contracts, and
      // the two columns stay what they are.
      const toggle = view.getByRole('checkbox', { name: words.toggle });
      await expect(toggle).toBeChecked();
      // A click, not uncheck(): the box shows the stored setting, which follows once saved.
      await toggle.click();
      await expect(toggle).not.toBeChecked();
      await expect(penaltyRow.getByRole('cell')).toHaveText([claimed, upheld]);
    });
  });
}
