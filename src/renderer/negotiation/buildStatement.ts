import { Dec } from '../../core/money';
import type { AgreementInput, EvidenceItem } from '../db/AppDB';
import type { UiLanguage as Language } from '../../shared/contract';
import { describeAgreement } from './agreementText';
import { overdueDays } from './overdueDays';
import { fill, fillCount, messagesIn, textFormat } from './textFormat';

/** Everything the hardship statement (情况说明) says, gathered from the household's data. */
export interface StatementData {
  /** The letter's date, YYYY-MM-DD. */
  today: string;
  currency: string;
  lender: string;
  /** The debt's balance parts as entered, as of the plan's start date. */
  debt: {
    asOf: string;
    principal: string;
    interest: string;
    penalty: string;
    fees: string;
    overdueSince?: string;
  };
  /** The monthly budget (model §3); `affordable` is negative when income falls short. */
  budget: {
    income: string;
    fixedCosts: string;
    obligations: string;
    reserve: string;
    affordable: string;
  };
  /** The household's other debts (count, and all they owe): the capacity is shared with them. */
  otherDebts: { count: number; owed: string };
  /** The person's own words; empty when not filled in. */
  cause: string;
  paid: string;
  proposal?: { agreement: AgreementInput; monthlyPayment?: string };
  /** The whole picture (协商总方案), said only when the person chooses to. */
  whole?: WholePicture;
  /** Evidence the person has or has sent: what the letter encloses. */
  evidence: readonly EvidenceItem[];
}

/** All the person owes and can pay, and the term offered alike to several lenders, if any. */
export interface WholePicture {
  /** Lenders owed (at least 2: one lender is the letter's own). */
  count: number;
  owed: string;
  affordable: string;
  /** 停息挂账 over the same term proposed to (or agreed with) `asked` of them; null if not. */
  sameTerm: { months: number; asked: number } | null;
}

/** The whole picture in words: N lenders, ¥X in all, ¥Y a month, the same term to each. */
function wholeSentence(whole: WholePicture, language: Language, money: (a: string) => string) {
  const { statement: words, sentenceGap } = messagesIn(language).totalPlan;
  const lines = [
    fill(words.whole, {
      count: whole.count,
      total: money(whole.owed),
      affordable: money(whole.affordable),
    }),
  ];
  if (whole.sameTerm) {
    const { months, asked } = whole.sameTerm;
    lines.push(
      fill(asked === whole.count ? words.sameTermAll : words.sameTermSome, { months, asked }),
    );
  }
  return lines.join(sentenceGap);
}

/**
 * The hardship statement as plain text, in one language. Pure, so the same draft goes on screen
 * and into the PDF. It states only the person's own figures and words, and says they are true:
 * the app never helps anyone overstate a hardship.
 */
export function buildStatement(data: StatementData, language: Language): string {
  const messages = messagesIn(language);
  const words = messages.statement.template;
  const format = textFormat(language, data.currency);
  const money = format.money;

  const sections: { title: string; lines: string[] }[] = [];

  const { debt } = data;
  const total = new Dec(debt.principal).plus(debt.interest).plus(debt.penalty).plus(debt.fees);
  const days = overdueDays(debt.overdueSince, data.today);
  const debtLines = [
    fill(words.debt, {
      asOf: format.date(debt.asOf),
      total: money(total.toFixed(2)),
      principal: money(debt.principal),
      interest: money(debt.interest),
      penalty: money(debt.penalty),
      fees: money(debt.fees),
    }),
  ];
  if (debt.overdueSince && days !== null) {
    debtLines.push(
      fill(words.overdue, {
        since: format.date(debt.overdueSince),
        today: format.date(data.today),
        days,
      }),
    );
  }
  sections.push({ title: words.sectionDebt, lines: [debtLines.join(' ')] });

  const { budget } = data;
  const affordable = new Dec(budget.affordable);
  const budgetLines = [
    fill(words.budget, {
      income: money(budget.income),
      fixedCosts: money(budget.fixedCosts),
      obligations: money(budget.obligations),
      reserve: money(budget.reserve),
    }),
    affordable.isNegative()
      ? fill(words.deficit, { deficit: money(affordable.negated().toFixed(2)) })
      : fill(words.affordable, { affordable: money(affordable.toFixed(2)) }),
  ];
  if (data.otherDebts.count > 0) {
    budgetLines.push(
      fillCount(words, 'otherDebts', language, {
        count: data.otherDebts.count,
        total: money(data.otherDebts.owed),
      }),
    );
  }
  sections.push({ title: words.sectionBudget, lines: [budgetLines.join(' ')] });

  if (data.paid.trim()) sections.push({ title: words.sectionPaid, lines: [data.paid.trim()] });

  sections.push({
    title: words.sectionProposal,
    lines: [
      data.proposal
        ? fill(words.proposal, {
            agreement: describeAgreement(
              data.proposal.agreement,
              format,
              data.proposal.monthlyPayment,
            ),
          })
        : words.noProposal,
      ...(data.whole ? [wholeSentence(data.whole, language, money)] : []),
    ],
  });

  if (data.evidence.length > 0) {
    sections.push({
      title: words.sectionEvidence,
      lines: data.evidence.map((item, index) => `${index + 1}. ${messages.evidence.item[item]}`),
    });
  }

  const cause = causeFragment(data.cause);
  const opening = cause ? fill(words.openingCause, { cause }) : words.opening;
  const numbered = sections.map(({ title, lines }, index) =>
    [
      fill(words.sectionFormat, { number: words.numbers[index] ?? String(index + 1), title }),
      ...lines,
    ].join('\n'),
  );

  return [
    words.heading,
    fill(words.to, { lender: data.lender }),
    opening,
    ...numbered,
    words.promise,
    words.closing,
    [words.signature, fill(words.date, { today: format.date(data.today) })].join('\n'),
  ].join('\n\n');
}

/**
 * The person's words as the template quotes them: the template, not the person, ends the
 * sentence, so "…2026." or "…2026。" never doubles up with the template's own punctuation
 * ("…2026.." or "2026。，"). The English template quotes the words after a colon, in a sentence
 * of their own, so it reads whether they wrote a clause, a noun phrase or whole sentences.
 */
function causeFragment(text: string): string {
  return text.trim().replace(/[\s.,;:!?。，；：、！？]+$/u, '');
}
