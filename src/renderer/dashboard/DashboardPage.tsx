import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { HomePage } from '../home/HomePage';
import { FollowUps } from '../negotiation/FollowUps';
import { AsLivedPanel } from '../payments/AsLivedPanel';
import { PlanGate } from '../plan/PlanGate';
import { type PlanBundle, samePlan } from '../plan/planProtocol';
import { usePlan } from '../plan/PlanContext';
import { ExportPdfButton } from '../export/ExportPdfButton';
import { CheaperStrategyNote } from './CheaperStrategyNote';
import { DuesPanel } from '../dues/DuesPanel';
import { ProgressPanel } from '../progress/ProgressPanel';
import { DashboardCharts } from './DashboardCharts';
import { Headlines } from './Headlines';
import { LongRunOptions } from './LongRunOptions';
import { Warnings } from './Warnings';

/** The headline figures: what an edit must update first. Redrawn only for a new plan. */
const HeadlineSection = memo(Headlines);

/** Sections drawn from the plan alone: not redrawn when its comparisons arrive a moment later. */
const ofPlan = (a: { bundle: PlanBundle }, b: { bundle: PlanBundle }) =>
  samePlan(a.bundle, b.bundle);
const AsLivedSection = memo(AsLivedPanel, ofPlan);
const WarningsSection = memo(Warnings, ofPlan);
const DuesSection = memo(DuesPanel);
const ProgressSection = memo(ProgressPanel);
const FollowUpsSection = memo(FollowUps);

/**
 * The rest of the overview, redrawn only for a new plan: an edit first marks the shown plan stale
 * (aria-busy), and that render must not redo every section before the new plan is even asked for.
 */
const LaterSections = memo(function LaterSections({ bundle }: { bundle: PlanBundle }) {
  return (
    <>
      <LongRunOptions bundle={bundle} />
      <CheaperStrategyNote bundle={bundle} />
      <AsLivedSection bundle={bundle} />
      <WarningsSection bundle={bundle} />
      <FollowUpsSection />
      <DuesSection plan={bundle.result} />
      <ProgressSection lived={bundle.result} />
      <DashboardCharts bundle={bundle} />
    </>
  );
});

/** The overview: the plan's headline figures and warnings once there are debts, the way in before. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { state } = usePlan({ withExtras: true });
  const shown = state.status === 'ready' ? state.bundle : null;
  // A new plan's headline figures paint first; the other sections follow in a render of their
  // own, which a newer plan can interrupt. The page is busy until they have caught up. So does
  // an overview opened with its plan made (from the navigation, after an edit on another page):
  // without the initial null, its first render drew every section and chart before any of it
  // was painted.
  const later = useDeferredValue(shown, null);

  if (state.status === 'empty') return <HomePage />;
  return (
    <article
      className="page dashboard"
      aria-busy={
        state.status === 'computing' ||
        (state.status === 'ready' && (state.stale || later !== shown))
      }
    >
      <div className="page-head">
        <h1>{t('dashboard.title')}</h1>
        {state.status === 'ready' ? <ExportPdfButton /> : null}
      </div>
      <PlanGate state={state}>
        {(bundle) => (
          <>
            <HeadlineSection bundle={bundle} />
            {later ? <LaterSections bundle={later} /> : null}
          </>
        )}
      </PlanGate>
    </article>
  );
}
