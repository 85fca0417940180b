// The page's first script, an entry of its own (config/rendererVite.ts): it runs before the rest
// of the app (React, recharts, the pages) is evaluated — 110–130 ms before main.tsx, measured.
// What start-up waits on is begun here, so it happens alongside that work instead of after it:
// the planning worker loads the engine, IndexedDB opens and reads the settings and the household,
// and the household's plan is asked for as soon as it is read.
import { db } from './db/AppDB';
import { warmFormatters } from './format/warmFormatters';
import { readSettingsRow } from './db/settings';
import { readHousehold } from './db/householdRead';
import { householdScenario } from './db/scenarioRows';
import { planAtStartup } from './plan/planAhead';
import { startPlanWorker } from './plan/planClient';
import { isPrintHash } from './print/printSource';
import { DEFAULT_CURRENCY, languageFromSystem } from './settings/settings';
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

// While the browser still delivers and compiles the app: the system's language is the stored
// one but for a person who chose otherwise, whose figures then load a little data of their own.
warmFormatters(languageFromSystem(navigator.languages), DEFAULT_CURRENCY);
