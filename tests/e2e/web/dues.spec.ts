import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';
import { calendarEvents } from './livingSteps';
import { planOutput, yuan } from './planCommand';

interface PlanMonth {
  debts: { id: string; due: string; payment: string }[];
}

/**
 * Living with the plan, month by month, in both languages: the due day typed on the debt form,
 * the dues of this month and next, the reminder for an installment due in 3 days (the browser
 * shows no system notifications, so the in-app list is what is checked), and the calendar file.
 */
for (const { locale, words } of [
  {
    locale: 'zh-CN',
    words: {
      title: '本月和下月要还的钱',
      edit: '编辑“朋友借款”',
      dueDay: '每月还款日',
      save: '保存',
      soon: '即将到期',
      breaks: '错过即违约',
      inThree: '3天后',
      export: /导出到手机日历/,
      card: '还款：信用卡 ',
    },
  },
  {
    locale: 'en-US',
    words: {
      title: 'Due this month and next',
      edit: 'Edit "朋友借款"',
      dueDay: 'Due day of the month',
      save: 'Save',
      soon: 'Due soon',
      breaks: 'Missing this breaks the agreement',
      inThree: 'in 3 days',
      export: /Export to your phone/,
      card: 'Pay 信用卡 ',
    },
  },
]) {
  test.describe(`months in the life, ${locale}`, () => {
    test.use({ locale, timezoneId: 'Asia/Shanghai' });

    test('dues dated by the due day, the reminder 3 days before, and the calendar', async ({
      page,
    }) => {
      await page.clock.install({ time: new Date('2027-02-01T09:00:00+08:00') });
      const scenario = fixtureFile('07-agreements.scenario.json');
      await importScenarioFile(page, scenario);

      // The friend's loan is due on the 10th: typed on the debt form.
      await openApp(page, 'debts');
      await page.getByRole('button', { name: words.edit }).click();
      await page.getByLabel(words.dueDay).fill('10');
      await page.getByRole('button', { name: words.save, exact: true }).click();

      await openApp(page, 'home');
      const dues = page.getByRole('region', { name: words.title });
      await expect(dues.getByRole('row', { name: /朋友借款/ }).first()).toContainText(
        locale === 'zh-CN' ? '2027年2月10日' : 'Feb 10, 2027',
      );
      // The card's first due, beside what the plan pays it that month (the plan command's).
      const [month0] = planOutput<{ schedule: PlanMonth[] }>(scenario).schedule;
      const card = month0?.debts.find((debt) => debt.id === 'card');
      const language = locale === 'zh-CN' ? 'zh-CN' : 'en';
      const cardRow = dues.getByRole('row', { name: /信用卡/ }).first();
      await expect(cardRow).toContainText(yuan(card?.due ?? 'no due', language));
      await expect(cardRow).toContainText(yuan(card?.payment ?? 'no payment', language));

      // Six weeks later: the card's first installment (agreed on the 15th) is 3 days away.
      await page.clock.setSystemTime(new Date('2027-03-12T09:00:00+08:00'));
      await page.reload();
      const installment = dues.getByRole('row', { name: /信用卡/ }).first();
      await expect(installment).toContainText(words.inThree);
      await expect(installment).toContainText(words.soon);
      await expect(installment).toContainText(words.breaks);

      const download = page.waitForEvent('download');
      await dues.getByRole('button', { name: words.export }).click();
      const file = await (await download).path();
      const events = calendarEvents(file);
      const first = events.find((event) => event.summary.startsWith(words.card));
      expect(first?.startDate.toString()).toBe('2027-03-15');
      expect(first?.component.getFirstSubcomponent('valarm')).not.toBeNull();
      expect(events.every((event) => event.startDate.toString() >= '2027-03-12')).toBe(true);

      // A month on, the list has moved with the calendar: February is gone.
      await page.clock.setSystemTime(new Date('2027-04-12T09:00:00+08:00'));
      await page.reload();
      await expect(dues.getByRole('row', { name: /朋友借款/ }).first()).not.toContainText(
        locale === 'zh-CN' ? '2027年2月' : 'Feb',
      );
      await expect(dues.getByRole('row', { name: /信用卡/ }).first()).toContainText(
        locale === 'zh-CN' ? '2027年4月15日' : 'Apr 15, 2027',
      );
    });
  });
}
