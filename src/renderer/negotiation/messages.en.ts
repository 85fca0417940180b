import type { Widen } from '../i18n/widen';
import type { negotiationZh } from './messages.zh';
import { totalPlanEn } from './totalPlanMessages.en';

export const negotiationEn: Widen<typeof negotiationZh> = {
  title: 'Negotiate',
  intro:
    'Prepare for each lender: ask for the right thing, see what it does to the whole plan, write the hardship statement, gather the evidence and log every contact.',
  empty: 'No debts entered yet. Enter your debts first, then prepare the negotiation here.',
  toDebts: 'Enter debts',
  lenders: 'Choose a lender',
  lenderOverdue: 'overdue',
  guidance: {
    title: 'Remember when negotiating',
    writing:
      'Get every oral promise confirmed in writing (text message, email, app message or a stamped letter), and keep it.',
    intermediaries:
      'Do not pay third-party "debt relief" intermediaries: high fees, no guarantees, and legal risk. Contact the lender yourself.',
    honesty: 'Everything must be true: never alter or forge a document or a statement.',
    followUp:
      'One application is rarely enough: note when to follow up, and after a refusal revise the proposal and ask again.',
  },
  overdue: {
    title: 'Overdue',
    since: 'Overdue since',
    sinceHint:
      'Used to judge what to ask for: a short overdue and a small amount make a full waiver more likely. Leave empty if unsure.',
    days: '{{days}} days overdue on {{date}}.',
    future: 'The overdue date is after {{date}}: please check it.',
    saved: 'Overdue date saved',
    cleared: 'Overdue date cleared',
  },
  proposals: {
    title: 'What you can propose',
    intro:
      'Options you can honestly keep, worked out from your budget and your other debts. Each effect is on the whole plan.',
    computing: 'Working out the options…',
    unavailable: 'The plan cannot be computed yet: fix the data first.',
    none: 'There is nothing to propose.',
    why: 'Why this option:',
    effect: 'Effect on the whole plan',
    debtFree: 'Debt-free',
    never: 'not within the plan',
    months: ' ({{months}} months)',
    totalCost: 'Total interest, penalty and fees',
    penaltyAvoided: 'Penalty avoided',
    penaltyAdded: 'More penalty (other debts)',
    costSaved: 'Saved in all',
    costAdded: 'Costs more in all',
    doesNotFit: 'Careful: this option is beyond what you can pay; do not promise it.',
    add: 'Add as a proposal',
    added: 'Added, marked "proposed".',
    alreadyAdded: 'Already among the proposals',
    inPlan:
      'Agreed by the lender: this proposal is part of the current plan, and the debt-free date and costs on the overview already include it.',
    reason: {
      shortOverdueSmallAmount:
        'Overdue {{overdueDays}} days (at most {{shortOverdueDays}}) and {{balance}} owed, less than {{smallAmount}}: ask for a full waiver of penalty, interest and fees{{waivedClause}}.',
      longOverdueSmallAmount:
        '{{balance}} owed, less than {{smallAmount}}: even after {{overdueDays}} days overdue, ask for a full waiver{{waivedClause}}.',
      smallAmount:
        '{{balance}} owed, less than {{smallAmount}}: ask for a full waiver{{waivedClause}}. Enter the overdue date for a better judgement.',
      payPartFirst:
        "{{balance}} is a large amount, but only {{overdueDays}} days overdue: pay {{payNow}} now (within this month's capacity) to cut the base penalty interest grows on, then ask for all penalty to be waived.",
      installmentFits:
        'It cannot be cleared soon: ask for {{months}} installments of at most {{installment}}, within the {{capacityLeft}} a month left over that time; {{total}} in all.',
      interestStopFits:
        'Ask for an interest-stop plan: interest stopped, penalty and interest waived{{waivedClause}}, the principal repaid in {{months}} installments of at most {{installment}}, within the {{capacityLeft}} a month left.',
      settlementSaveable:
        'By {{date}} your capacity saves {{amount}}, {{percentOfBalance}}% of the {{balanceThen}} owed then: ask for a one-off settlement with the other {{discount}} waived.',
    },
    waivedClause: ' (about {{waived}})',
    settlementFull:
      'By {{date}} your capacity saves the whole {{amount}} owed then: pay it off in one go, and the penalty stops growing.',
    installmentMiss:
      'Even over {{months}} months each installment would be {{installment}}, more than the {{capacityLeft}} a month left.',
    nothingFits: {
      nothingOwed: 'By {{date}} this debt is paid off: nothing to negotiate.',
      dateOutsidePlan: "The proposal date {{date}} is beyond the plan's horizon.",
      budgetDeficit:
        'Income does not cover costs, obligations and the reserve ({{deficit}} short each month): any promise would fail. Cut costs or raise income first, then explain your situation to the lender honestly.',
      noCapacityLeft:
        "Of your {{capacity}} a month, the other debts' dues take {{otherDues}}, leaving {{capacityLeft}} for this one: any promise now risks being broken.",
      installmentTooLarge:
        'Even over {{months}} months each installment would be {{installment}}, but at most {{capacityLeft}} a month is left: do not promise an installment plan you cannot keep.',
    },
  },
  agreements: {
    title: 'Proposals and outcomes',
    intro:
      'Only agreed proposals change the repayment plan. Before marking one agreed, look at the breach check.',
    empty: 'No proposals yet. Add one of the options above.',
    status: {
      proposed: 'Proposed',
      agreed: 'Agreed',
      refused: 'Refused',
    },
    statusLabel: 'Status',
    review: 'Check, then mark agreed',
    markProposed: 'Back to proposed',
    markRefused: 'Mark refused',
    remove: 'Delete this proposal',
    removed: 'Proposal deleted',
    refusedHint: 'After a refusal, revise the amount or the term and ask again.',
    needsDebtsPage: 'Amounts, terms and dates change with the debt itself:',
    editOnDebts: 'edit it on the Debts page',
  },
  breach: {
    title: 'Breach check: if the lender agrees',
    intro: 'With this proposal in the plan: is there enough each month to keep every agreement?',
    computing: 'Checking…',
    ok: 'With this proposal every agreement is paid on time, every month.',
    agreementBroken:
      '{{month}}: the installment for "{{debt}}" cannot be paid, {{amount}} short. The agreement breaks: the waiver is lost and penalties come back.',
    settlementFails: '{{month}}: not enough for the settlement of "{{debt}}", {{amount}} short.',
    debtFree: 'Debt-free',
    totalCost: 'Total interest, penalty and fees',
    savingParts:
      'Saved in all = {{lessCharged}} less interest, penalty and fees charged, plus {{relief}} waived or forgiven.',
    now: 'Now',
    withIt: 'If agreed',
    confirm: 'Confirm: the lender agreed',
    confirmAnyway: 'Mark agreed anyway',
    cancel: 'Cancel',
    agreed: 'Marked agreed; the plan is updated.',
    planTitle: 'This lender in the current plan',
    planOk: 'Nothing to watch out for with this lender in the current plan.',
  },
  agreementText: {
    waiver: 'a waiver of {{parts}} (from {{date}})',
    waiverParts: {
      penalty: 'penalty interest',
      interest: 'interest',
      fees: 'fees',
      all: 'all {{part}}',
      amount: '{{amount}} of {{part}}',
      separator: ', ',
      lastSeparator: ' and ',
    },
    waiverNothing: 'a waiver (no amount entered)',
    installment: 'an installment plan of {{months}} months from {{date}}, {{method}}{{waived}}',
    installmentPayment: ', about {{payment}} a month',
    interestStop:
      'an interest-stop installment plan: the principal repaid over {{months}} months from {{date}}, no further interest{{waived}}',
    equalPayment: 'equal payments at {{rate}} a month',
    flatFee: 'a flat fee of {{rate}} a month',
    waived: ', with {{parts}} waived',
    settlement: 'a one-off settlement of {{amount}} on {{date}}',
  },
  statement: {
    title: 'Hardship statement',
    intro:
      'A letter to the lender drafted from your data. Edit it, save it; it will go into the exported PDF. Everything in it must be true.',
    language: 'Language',
    cause: 'What happened',
    causeHint:
      'Say honestly what caused it, e.g. lost my job in June 2026 and am looking for work; a family member in hospital.',
    paid: 'What you have paid so far',
    paidHint: 'E.g. paid 1,000 since falling overdue (September 2026).',
    agreement: 'Proposal in the statement',
    noAgreement: 'No specific proposal',
    generate: 'Draft the statement',
    regenerate: 'Draft again',
    confirmOverwrite: 'Drafting again replaces your edits to the text. Go ahead?',
    text: 'Statement text',
    save: 'Save',
    saved: 'Saved',
    unsaved: 'Unsaved changes',
    savedAt: 'Last saved: {{time}}',
    honesty: 'Write only what is true; enclose only real documents.',
    template: {
      heading: 'Statement of financial hardship',
      to: 'To {{lender}},',
      openingCause:
        'I am in financial difficulty and currently unable to repay my debt to you as the original contract requires. What happened, in my own words: {{cause}}. Below is a true account of my financial situation and a repayment proposal, which I ask you to consider.',
      opening:
        'I am in financial difficulty and currently unable to repay my debt to you as the original contract requires. Below is a true account of my financial situation and a repayment proposal, which I ask you to consider.',
      sectionDebt: 'The debt',
      debt: 'As of {{asOf}} I owe you {{total}} in all: principal {{principal}}, interest {{interest}}, penalty interest {{penalty}} and fees {{fees}}.',
      overdue: 'It has been overdue since {{since}}: {{days}} days as of {{today}}.',
      sectionBudget: 'Income and costs',
      budget:
        'My monthly income is {{income}}; fixed living costs are {{fixedCosts}}, other debts that must be paid (such as a mortgage or car loan) {{obligations}}, and I keep a safety reserve of {{reserve}}.',
      affordable:
        'After these, the most I can pay towards all my debts each month is {{affordable}}.',
      deficit:
        'After these, my income falls {{deficit}} short each month: I cannot pay as originally agreed.',
      otherDebts_one: 'Besides you I owe 1 other lender {{total}}, which must be repaid too.',
      otherDebts:
        'Besides you I owe {{count}} other lenders {{total}} in all, which must be repaid too.',
      sectionPaid: 'What I have paid',
      sectionProposal: 'My proposal',
      proposal:
        'Within the capacity above, I ask for {{agreement}}. This is within what I can pay, and I will keep to it.',
      noProposal:
        'I would like to agree a waiver of penalty interest or an installment plan with you, and ask you to tell me what is possible.',
      sectionEvidence: 'Enclosed evidence',
      promise:
        'I confirm that everything above is true and that the enclosed documents are genuine and unaltered. I ask you to accept this proposal and to confirm the outcome in writing (text message, email or a stamped letter).',
      closing: 'Yours faithfully,',
      signature: 'Signed:',
      date: 'Date: {{today}}',
      numbers: '',
      sectionFormat: '{{number}}. {{title}}',
    },
  },
  evidence: {
    title: 'Evidence',
    intro: 'What shows the lender your hardship and what you can pay. Only real documents.',
    item: {
      incomeProof: 'Income proof / payslips',
      bankStatements: 'Bank statements',
      hardshipProof: 'Proof of hardship (hospital diagnosis, unemployment certificate)',
      creditReport: 'Credit report',
      paymentRecords: 'Records of past on-time payments',
    },
    status: {
      needed: 'Needed',
      have: 'Have',
      requested: 'Requested',
      sent: 'Sent',
    },
    note: 'Note',
    saved: 'Saved',
  },
  contacts: {
    title: 'Contact log',
    intro:
      'Log every contact: when, how, who, what was said, what was promised, and when to follow up.',
    add: 'New entry',
    formTitleNew: 'New contact',
    formTitleEdit: 'Edit contact',
    at: 'Date and time',
    atInvalid: 'Enter the date and time.',
    followUpInvalid: 'This date does not exist.',
    channel: 'Channel',
    channels: {
      phone: 'Phone',
      appChat: 'App chat',
      email: 'Email',
      letter: 'Letter',
      inPerson: 'In person',
    },
    who: 'Who (name or staff ID)',
    said: 'What I said',
    answer: 'What they answered',
    promised: 'What they promised',
    promisedHint: 'Ask for every oral promise in writing.',
    followUp: 'Next follow-up',
    followUpDone: 'Followed up',
    followUpPending: 'not yet done',
    markNotDone: 'Mark as not done',
    emptyDraft: 'Fill in at least one thing before saving.',
    save: 'Save entry',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    deleted: 'Contact entry deleted',
    saved: 'Contact entry saved',
    empty: 'No entries yet.',
    draftKept: 'Your unsaved draft is kept.',
    leaveWarning: 'An unsaved contact entry will be lost if you leave.',
    followUpOn: 'Follow up: {{date}}',
    entryTitle: '{{at}} · {{channel}}',
  },
  followUps: {
    title: 'Follow-ups due',
    dueToday: 'today',
    overdue: 'overdue (since {{date}})',
    done: 'Mark followed up',
    doneOf: 'Follow-up with "{{debt}}" done',
    open: 'Open the negotiation with "{{debt}}"',
    separator: ': ',
  },
  totalPlan: totalPlanEn,
  apr: {
    title: 'The real annual rate of the installments',
    line: '{{amount}} in {{months}} installments from {{date}}: {{payment}} each, {{totalCost}} in total cost, an annual rate of {{apr}}% (by the internal rate of return, the 年化利率 lenders must disclose).',
    band: {
      withinLpr:
        'Within 4 × the one-year LPR ({{lpr}}%, published {{lprDate}}; 4 × is {{limit}}%), and under 24%.',
      within24: 'Above 4 × LPR ({{limit}}%), but not above 24%.',
      within36:
        'Above 24%: what a financial institution charges in interest, penalty and fees together beyond 24% a year, a court may reduce at the borrower’s request — it does not vanish by itself.',
      above36:
        'Above 36%: far above the line regulators draw for consumer credit; a reason to ask for a lower rate.',
    },
  },
};
