import type { AgreementInput } from '../db/AppDB';

function canonical(agreement: AgreementInput): string {
  const terms: Partial<AgreementInput> = { ...agreement };
  delete terms.status;
  return JSON.stringify(Object.entries(terms).sort(([a], [b]) => a.localeCompare(b)));
}

/** The same terms, whatever the status: a proposal already on the list is not added twice. */
export function sameAgreement(a: AgreementInput, b: AgreementInput): boolean {
  return canonical(a) === canonical(b);
}
