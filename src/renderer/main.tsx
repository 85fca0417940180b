import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { db } from './db/AppDB';
import { loadDrafts } from './db/drafts';
import { guardUnsavedWork } from './app/unsavedWorkGuard';
import { notifyFollowUpsDue } from './app/startupNotice';
import { initI18n } from './i18n/i18n';
import { ashore } from './platform/ashore';
import { startupRead } from './boot';
import { isPrintHash } from './print/printSource';
import { languageFromSystem, resolveSettings } from './settings/settings';
import { startDataSafety } from './storage/startDataSafety';
// The bundled CJK font: Chinese renders (and prints to PDF) the same on every machine, with no
// system font and no network.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles.css';

// The first paint is already in the user's language: read the stored choice (or the system's)
// before rendering anything.
async function start(): Promise<void> {
  // The print view (also the hidden window that makes the PDF) is a document: it neither backs
  // up nor notifies — the app window does that, once.
  const printing = isPrintHash(window.location.hash);
  if (!printing) startDataSafety(db, ashore);
  const [{ row, household }, preferred] = await Promise.all([
    // Begun before this module was evaluated; the household's plan is asked for already.
    startupRead,
    ashore.getPreferredLanguages().catch(() => [...navigator.languages]),
    // Forms open with what was typed before a reload or restart, on the first paint.
    loadDrafts(),
  ]);
  if (!printing) guardUnsavedWork(window);
  const systemLanguage = languageFromSystem(preferred);
  const { language } = resolveSettings(row, systemLanguage);
  document.documentElement.lang = language;
  const i18next = await initI18n(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // Follow-ups due: a desktop notification once per start (the browser shell shows none). A
  // failed notification loses nothing: the overview lists the same follow-ups.
  if (!printing) void notifyFollowUpsDue(i18next.t, language).catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <App systemLanguage={systemLanguage} firstRead={{ settings: row ?? null, household }} />
    </StrictMode>,
  );
}

void start();
