import { describe, expect, it } from 'vitest';
import { parsePdfArgs, pdfUsage } from '../../src/cli/pdfCommand';

describe('npm run pdf arguments', () => {
  it('prints the whole plan without --lender', () => {
    expect(parsePdfArgs(['s.json', 'o.pdf', '--lang', 'en'])).toEqual({
      scenario: 's.json',
      out: 'o.pdf',
      language: 'en',
    });
  });

  it('prints one lender’s packet, most private unless a level is given', () => {
    expect(parsePdfArgs(['s.json', 'o.pdf', '--lender', 'card'])).toMatchObject({
      lender: { debtId: 'card', privacy: 'capacity', others: false, payments: false },
    });
    expect(
      parsePdfArgs(['--lender', 'card', '--privacy', 'full', '--others', 's.json', 'o.pdf']),
    ).toMatchObject({ lender: { debtId: 'card', privacy: 'full', others: true, payments: false } });
    expect(parsePdfArgs(['s.json', 'o.pdf', '--lender', 'card', '--payments'])).toMatchObject({
      lender: { debtId: 'card', payments: true },
    });
  });

  it('refuses what it cannot honour, with the usage', () => {
    for (const argv of [
      ['s.json', 'o.pdf', '--lender'],
      ['s.json', 'o.pdf', '--lender', '--privacy', 'full'],
      ['s.json', 'o.pdf', '--lender', 'card', '--privacy', 'everything'],
      ['s.json', 'o.pdf', '--privacy', 'full'],
      ['s.json', 'o.pdf', '--others'],
      ['s.json', 'o.pdf', '--payments'],
    ]) {
      const result = parsePdfArgs(argv);
      expect(typeof result, argv.join(' ')).toBe('string');
      expect(result).toContain(pdfUsage);
    }
  });
});
