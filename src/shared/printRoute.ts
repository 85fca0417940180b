/**
 * The print view's routes, in one place for every path that opens one: the desktop's hidden
 * window, the browser's new tab and the `pdf` command. `#/print/<lang>` is the whole plan;
 * `#/print/lender/<debtId>?lang=…&privacy=…&others=1&payments=1` is the packet for one lender,
 * holding only what concerns that lender.
 */
export type PrintLanguage = 'zh-CN' | 'en';

/** How much of the person's situation a lender sees: every budget line, the totals, or only what is left to pay with. */
export const privacyLevels = ['full', 'totals', 'capacity'] as const;
export type PrivacyLevel = (typeof privacyLevels)[number];

export interface LenderPacketChoice {
  debtId: string;
  privacy: PrivacyLevel;
  /** The other lenders as a count and a total: only when the person chooses to show them. */
  others: boolean;
  /** The payments recorded to this lender (never another's): only when the person chooses. */
  payments: boolean;
}

export function isPrivacyLevel(value: unknown): value is PrivacyLevel {
  return typeof value === 'string' && (privacyLevels as readonly string[]).includes(value);
}

/**
 * The hash that opens the print view: the whole plan, or one lender's packet. The whole plan
 * may include the 方案 comparison (issue 14), `plansFirst` being the id of the 方案 put first.
 */
export function printHash(
  language: PrintLanguage,
  lender?: LenderPacketChoice,
  plansFirst?: string,
): string {
  if (!lender) {
    const query = plansFirst ? `?${new URLSearchParams({ plans: plansFirst }).toString()}` : '';
    return `#/print/${language}${query}`;
  }
  const query = new URLSearchParams({ lang: language, privacy: lender.privacy });
  if (lender.others) query.set('others', '1');
  if (lender.payments) query.set('payments', '1');
  return `#/print/lender/${encodeURIComponent(lender.debtId)}?${query.toString()}`;
}

/**
 * The packet a hash asks for, or null when it is not a packet's route. A missing or unknown
 * privacy level reads as the most private one: a bad link must never show more than was chosen.
 */
export function lenderPacketOf(
  hash: string,
): (LenderPacketChoice & { language: PrintLanguage | undefined }) | null {
  const match = /^#\/print\/lender\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!match?.[1]) return null;
  let debtId: string;
  try {
    debtId = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  const query = new URLSearchParams(match[2] ?? '');
  const lang = query.get('lang');
  const privacy = query.get('privacy');
  return {
    debtId,
    privacy: isPrivacyLevel(privacy) ? privacy : 'capacity',
    others: query.get('others') === '1',
    payments: query.get('payments') === '1',
    language: lang === 'zh-CN' || lang === 'en' ? lang : undefined,
  };
}

/** The 方案 the whole plan's comparison puts first, or null when it has none. */
export function plansFirstOf(hash: string): string | null {
  const match = /^#\/print\/(?:en|zh-CN)\?(.*)$/.exec(hash);
  return match ? new URLSearchParams(match[1]).get('plans') || null : null;
}
