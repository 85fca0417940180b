import { sameTerms } from '../../core/agreementTerms';
import type { AgreementInput } from '../db/AppDB';

/** The same terms, whatever the status: a proposal already on the list is not added twice. */
export function sameAgreement(a: AgreementInput, b: AgreementInput): boolean {
  return sameTerms(a, b);
}
