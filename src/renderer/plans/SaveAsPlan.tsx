import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVariantInput } from '../../core/scenario/types';
import { hrefOf } from '../app/routes';
import { savePlanVariant } from '../db/planVariants';
import { usePlanVariants } from '../db/usePlanVariants';
import { TextField } from '../forms/inputs';

/** 方案 A, B, C…: the first letter no saved 方案 is named with yet. */
function useDefaultName(): string {
  const { t } = useTranslation();
  const rows = usePlanVariants() ?? [];
  const names = new Set(rows.map((row) => row.name));
  for (let i = 0; ; i++) {
    const letter = i < 26 ? String.fromCharCode(65 + i) : String(i + 1);
    const name = t('plans.defaultName', { letter });
    if (!names.has(name)) return name;
  }
}

/**
 * "Save as a plan": keeps what is on screen (a what-if, a proposal) as a named 方案, to compare
 * with things as they are and other 方案 later. Nothing of the household changes.
 */
export function SaveAsPlan({ variant }: { variant: PlanVariantInput | null }) {
  const { t } = useTranslation();
  const defaultName = useDefaultName();
  const [name, setName] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const [tried, setTried] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // The form goes once answered: focus returns to the button that opened it.
  const returning = useRef(false);
  useEffect(() => {
    if (name !== null || !returning.current) return;
    returning.current = false;
    opener.current?.focus();
  }, [name]);
  const close = () => {
    returning.current = true;
    setName(null);
    setTried(false);
  };
  const nameError = name?.trim() === '' ? [t('plans.form.nameRequired')] : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!variant || name === null || nameError) return;
    await savePlanVariant(name.trim(), variant);
    setSaved(t('plans.saveAs.saved', { name: name.trim() }));
    close();
  };

  return (
    <div className="save-as-plan">
      {name === null ? (
        <button
          type="button"
          ref={opener}
          disabled={!variant}
          onClick={() => {
            setSaved('');
            setName(defaultName);
          }}
        >
          {t('plans.saveAs.button')}
        </button>
      ) : (
        <form
          className="form"
          aria-label={t('plans.saveAs.title')}
          onSubmit={(event) => void submit(event)}
          noValidate
        >
          <TextField
            label={t('plans.form.name')}
            value={name}
            onChange={setName}
            errors={tried ? nameError : undefined}
          />
          <div className="actions">
            <button type="submit" className="primary">
              {t('plans.form.save')}
            </button>
            <button type="button" onClick={close}>
              {t('plans.cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className="hint">
        {saved ? (
          <>
            {saved} <a href={hrefOf('plans')}>{t('plans.saveAs.open')}</a>
          </>
        ) : null}
      </p>
    </div>
  );
}
