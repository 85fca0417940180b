import { useHouseholdData } from '../plan/PlanContext';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../core/scenario/issues';
import type { ScenarioInput } from '../../core/scenario/types';
import { parseScenarioJson } from '../../core/scenario/validate';
import { formatDate, todayIso } from '../format/dates';
import { errorText } from '../format/errorText';
import { replaceKeepingSafetyBackup } from './backupChoice';
import { replaceHousehold } from '../db/household';
import { usePlanVariants } from '../db/usePlanVariants';
import { namedPlanVariants, toScenarioInput } from '../db/scenarioRows';
import { useCommandHandler } from '../app/commandRequests';
import { ashore } from '../platform/ashore';
import { useSettings } from '../settings/SettingsContext';
import { issueText } from '../validation/issueText';
import { formatList } from '../format/list';

type Pending = { scenario: ScenarioInput; name: string };
type Refused = { name: string; issues: Issue[] };

export function ScenarioSection({ onMessage }: { onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const { currency, language } = useSettings();
  // The household the plan is made from, read once for every view (PlanProvider).
  const { household } = useHouseholdData();
  const planVariants = usePlanVariants();
  const [pending, setPending] = useState<Pending | null>(null);
  const [refused, setRefused] = useState<Refused | null>(null);
  const [importing, setImporting] = useState(false);
  // The preview and its buttons go once answered: focus returns to the section, not the body.
  const heading = useRef<HTMLHeadingElement>(null);
  const closePreview = () => {
    setPending(null);
    heading.current?.focus();
  };
  const hasDebts = (household?.debts.length ?? 0) > 0;

  async function exportScenario() {
    if (!household || !planVariants) return;
    // The 方案 go with the household they change (files without them import as before).
    const scenario = {
      ...toScenarioInput(household, currency),
      ...(planVariants.length > 0 ? { plans: namedPlanVariants(planVariants) } : {}),
    };
    try {
      const result = await ashore.saveFile({
        kind: 'scenario',
        suggestedName: t('data.scenarioFileName', { date: todayIso() }),
        content: `${JSON.stringify(scenario, null, 2)}\n`,
      });
      if (result.saved) onMessage(t('data.saved', { name: result.name }));
    } catch (error) {
      onMessage(t('data.saveFailed', { reason: errorText(error) }));
    }
  }

  async function chooseScenario() {
    setPending(null);
    setRefused(null);
    const file = await ashore.openFile({ kind: 'scenario' });
    if (!file.opened) {
      if (file.reason !== 'canceled') onMessage(t(`data.openFailed.${file.reason}`));
      return;
    }
    const validation = parseScenarioJson(file.content);
    if (!validation.ok) {
      setRefused({ name: file.name, issues: validation.issues });
      return;
    }
    // The file's own text is what gets stored, not the parsed scenario with its defaults filled
    // in: exporting it again gives back what was imported.
    setPending({ scenario: JSON.parse(file.content) as ScenarioInput, name: file.name });
  }

  async function confirmImport({ scenario, name }: Pending) {
    setImporting(true);
    try {
      onMessage(
        await replaceKeepingSafetyBackup(t, () => replaceHousehold(scenario), {
          done: t('data.imported', { name }),
          failed: t('data.importFailed'),
        }),
      );
    } finally {
      setImporting(false);
      closePreview();
    }
  }

  // File → Import scenario… in the native menu does what the Import button does.
  useCommandHandler('importScenario', () => void chooseScenario());

  return (
    <section className="card" aria-labelledby="scenario-title">
      <h2 id="scenario-title" ref={heading} tabIndex={-1}>
        {t('data.scenarioTitle')}
      </h2>
      <p>{t('data.scenarioText')}</p>
      <div className="actions">
        <button type="button" disabled={!hasDebts} onClick={() => void exportScenario()}>
          {t('data.exportScenario')}
        </button>
        <button type="button" onClick={() => void chooseScenario()}>
          {t('data.importScenario')}
        </button>
      </div>
      {!hasDebts ? <p className="hint">{t('data.noDebtsToExport')}</p> : null}
      {refused ? (
        <div className="note error-box" role="alert">
          <p>{t('data.scenarioInvalid', { name: refused.name })}</p>
          <ul>
            {refused.issues.map((issue) => (
              <li key={`${issue.pathText}-${issue.code}`}>
                {issue.pathText ? <code>{issue.pathText}</code> : null}
                {issue.pathText ? t('data.pathEnd') : null}
                {issueText(issue, t)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending ? (
        <div className="preview" role="region" aria-label={t('data.scenarioPreviewTitle')}>
          <h3>{t('data.scenarioPreviewTitle')}</h3>
          <p>
            {pending.name} ·{' '}
            {t('data.scenarioPreviewStart', {
              date: formatDate(pending.scenario.startDate, language),
            })}
          </p>
          <p>
            {t('data.previewDebts', {
              names: formatList(
                pending.scenario.debts.map((debt) => debt.name),
                language,
              ),
            })}
          </p>
          {pending.scenario.plans?.length ? (
            <p>{t('data.previewPlans', { count: pending.scenario.plans.length })}</p>
          ) : null}
          <p className="note warning">{t('data.replaceWarning')}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={importing}
              onClick={() => void confirmImport(pending)}
            >
              {importing ? t('data.importing') : t('data.confirmImport')}
            </button>
            <button type="button" disabled={importing} onClick={closePreview}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
