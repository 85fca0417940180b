// Imported first by main.tsx: ES modules run in import order, so the household's planning worker
// starts fetching and compiling the engine before the rest of the bundle (React, recharts, the
// pages) is evaluated — the first plan is then asked of a worker that is ready, or nearly.
import { startPlanWorker } from './plan/planClient';

startPlanWorker('household');
