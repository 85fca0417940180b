/**
 * What the UI benchmark watches inside the overview's page. Runs in the page before the app
 * (an init script): self-contained, no imports. Times are performance.now() of the page, or on
 * the clock the browser's tabs share (timeOrigin + now) where two tabs are compared.
 */

interface EditProbe {
  /** Set once both are seen and the chart has stopped changing. */
  done: { headlineAt: number; chartAt: number; changes: number } | null;
}

interface BenchProbes {
  /** Milliseconds from navigation start to the overview interactive (see installOverviewProbes). */
  readyAt: number | null;
  edit: EditProbe;
  /** Starts watching for the next edit's new figures. */
  watchEdit(): void;
  /**
   * Starts watching for the overview, opened from the navigation, to show figures other than
   * `before` (the plan's before the edit) and to draw its first chart.
   */
  watchOpen(before: string): void;
  /** Resolves once the page has not changed for a moment (e.g. charts drawn after a scroll). */
  whenQuiet(): Promise<void>;
}

declare global {
  interface Window {
    __bench: BenchProbes;
  }
}

/** How the probes say the overview became interactive: "bench-ready <readyAt>" on the console. */
export const READY_MESSAGE = /^bench-ready (\S+)$/;

/**
 * The overview counts as interactive when it shows its four figures, is no longer busy, and
 * the charts it draws at once are drawn: a chart on screen or near it is drawn with the page (its
 * ResponsiveContainer is there from the first render), one farther down waits for a scroll and
 * is not waited for. After an edit, the headline is updated when the figures' text differs, and
 * the chart in view (the first, scrolled into view) is redrawn at its last DOM change: one that
 * none follows within `SETTLED_MS` — so an animated transition counts in full. The overview
 * opened after an edit (watchOpen) is timed the same way, its figures against the plan's before.
 */
export function installOverviewProbes(): void {
  const SETTLED_MS = 400;
  /** What the page's observers see: any change of its DOM, text and attributes included. */
  const EVERY_CHANGE = { subtree: true, childList: true, characterData: true, attributes: true };
  const now = () => performance.timeOrigin + performance.now();
  const figures = () => document.querySelector('.figures')?.textContent ?? '';
  /** Whether a batch of changes drew in the overview's first chart, or put it on the page. */
  const drawsChart = (records: MutationRecord[]) => {
    const plot = document.querySelector('.dashboard-charts figure.chart .chart-plot');
    return (
      plot !== null &&
      records.some(
        (r) => plot.contains(r.target) || [...r.addedNodes].some((added) => added.contains(plot)),
      )
    );
  };
  /**
   * Watches the page until the figures differ from `before` and the first chart has stopped
   * changing: sets `probes.edit.done`.
   */
  function watch(before: string): void {
    const edit: EditProbe = { done: null };
    probes.edit = edit;
    let headlineAt: number | null = null;
    let chartAt: number | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    let changes = 0;
    const finish = () => {
      if (headlineAt === null || chartAt === null || !settled) return;
      observer.disconnect();
      edit.done = { headlineAt, chartAt, changes };
    };
    const observer = new MutationObserver((records) => {
      const at = now();
      changes += records.length;
      const shown = figures();
      if (headlineAt === null && shown !== '' && shown !== before) {
        headlineAt = at;
        finish();
      }
      if (drawsChart(records)) {
        chartAt = at;
        settled = false;
        clearTimeout(settle);
        settle = setTimeout(() => {
          settled = true;
          finish();
        }, SETTLED_MS);
      }
    });
    observer.observe(document.body, EVERY_CHANGE);
  }
  const probes: BenchProbes = {
    readyAt: null,
    edit: { done: null },
    watchEdit() {
      watch(figures());
    },
    watchOpen(before) {
      watch(before);
    },
    whenQuiet() {
      return new Promise<void>((resolve) => {
        let timer = setTimeout(done, SETTLED_MS);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, SETTLED_MS);
        });
        function done() {
          observer.disconnect();
          resolve();
        }
        observer.observe(document.body, EVERY_CHANGE);
      });
    },
  };
  window.__bench = probes;

  const chartsDrawnAtOnce = () =>
    [...document.querySelectorAll('.dashboard-charts .recharts-responsive-container')].every(
      (chart) => chart.querySelector('.recharts-surface') !== null,
    );
  const ready = () =>
    document.querySelectorAll('.figure .figure-value').length >= 4 &&
    document.querySelector('article.dashboard[aria-busy="false"]') !== null &&
    document.querySelector('.dashboard-charts figure.chart') !== null &&
    chartsDrawnAtOnce();
  const loading = new MutationObserver(() => {
    if (!ready()) return;
    probes.readyAt = performance.now();
    loading.disconnect();
    // Read by the benchmark with READY_MESSAGE (this function is sent to the page as text).
    console.log(`bench-ready ${probes.readyAt}`);
  });
  loading.observe(document, { subtree: true, childList: true, attributes: true });
}
