// The page's first script, an entry of its own (config/rendererVite.ts): it runs before the rest
// of the app (React, recharts, the pages) is evaluated — 110–130 ms before main.tsx, measured.
// What start-up waits on is begun here, so it happens alongside that work instead of after it:
// the planning worker loads the engine, IndexedDB opens and reads the settings and the household,
// and the household's plan is asked for as soon as it is read.
import { db } from './db/AppDB';
import { readSettingsRow } from './db/settings';
import { readHousehold } from './db/householdRead';
import { householdScenario } from './db/scenarioRows';
import { planAtStartup } from './plan/planAhead';
import { startPlanWorker } from './plan/planClient';
import { isPrintHash } from './print/printSource';
import { DEFAULT_CURRENCY } from './settings/settings';
import { watchDatabase } from './storage/watchStorage';

startPlanWorker('household');
// Before the database is first opened, so a blocked upgrade is seen. The print view (also the
// hidden window that makes the PDF) leaves that to the app window, as it does all data safety.
if (!isPrintHash(window.location.hash)) watchDatabase(db);

/** The settings row and the household, as read at start-up (main.tsx renders with them). */
export const startupRead = Promise.all([readSettingsRow(), readHousehold()]).then(
  ([row, household]) => {
    const scenario = householdScenario(household, row?.currency ?? DEFAULT_CURRENCY);
    if (scenario) planAtStartup(scenario);
    return { row, household };
  },
);

// The first Intl formatter of a page loads the locale data every later one shares (20–35 ms for
// zh-CN, measured): done now, while the network still delivers the app, and not in front of
// the overview's first figures. These two are thrown away; the real ones are made and cached
// as the figures need them (format/intlCache.ts).
new Intl.NumberFormat(navigator.language).format(0);
new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: 'long' }).format(0);
