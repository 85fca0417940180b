import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/scenario/types';
import {
  packetProposalIndex,
  withProposalAgreed,
} from '../../../src/renderer/print/lender/packetProposal';
import { fixtureScenario } from '../plan/fixturePlan';

const waiver: Agreement = { kind: 'waiver', date: '2027-02-10', penalty: 'all', status: 'agreed' };
const settlement = (amount: string, status: Agreement['status']): Agreement => ({
  kind: 'settlement',
  date: '2027-05-01',
  amount,
  status,
});

describe('the proposal a packet puts to a lender', () => {
  it('is the latest agreement still proposed, none when nothing is', () => {
    expect(packetProposalIndex([waiver])).toBeNull();
    expect(packetProposalIndex([])).toBeNull();
    expect(
      packetProposalIndex([
        settlement('5000.00', 'proposed'),
        waiver,
        settlement('6000.00', 'proposed'),
        settlement('7000.00', 'refused'),
      ]),
    ).toBe(2);
  });

  it('is agreed where it stands, everything else as recorded (model §8 preview)', () => {
    const scenario = fixtureScenario('07-agreements');
    const jiebei = scenario.debts.find((d) => d.id === 'jiebei');
    if (!jiebei) throw new Error('the fixture has 借呗');
    const recorded = [settlement('6500.00', 'proposed'), waiver, settlement('6000.00', 'refused')];
    const proposing = {
      ...scenario,
      debts: scenario.debts.map((d) => (d === jiebei ? { ...d, agreements: recorded } : d)),
    };
    const agreed = withProposalAgreed(proposing, 'jiebei');
    expect(agreed?.debts.find((d) => d.id === 'jiebei')?.agreements).toEqual([
      { ...recorded[0], status: 'agreed' },
      waiver,
      recorded[2],
    ]);
    // Every other debt, and the household's own scenario, untouched.
    expect(agreed?.debts.filter((d) => d.id !== 'jiebei')).toEqual(
      proposing.debts.filter((d) => d.id !== 'jiebei'),
    );
    expect(recorded[0]?.status).toBe('proposed');
    expect(withProposalAgreed(scenario, 'jiebei')).toBeNull();
    expect(withProposalAgreed(proposing, 'gone')).toBeNull();
  });
});
