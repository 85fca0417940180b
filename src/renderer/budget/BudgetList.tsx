import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetItemRow, BudgetTable } from '../db/AppDB';
import { type FormDraft, useDraft } from '../db/drafts';
import { currencySymbol } from '../forms/currencySymbol';
import { useOfferUndo } from '../forms/Undo';
import { formatMoney } from '../format/money';
import { deleteBudgetItem } from '../db/household';
import { BudgetItemForm } from './BudgetItemForm';
import {
  type Editing,
  type ItemDraft,
  budgetDraftKey,
  draftFromRow,
  emptyDraft,
} from './itemDraft';
import { whenText } from './itemText';

/** One of the four lists of the budget (incomes, fixed costs, obligations, extras) with its forms. */
export function BudgetList({
  table,
  items,
  currency,
  language,
}: {
  table: BudgetTable;
  items: readonly BudgetItemRow[];
  currency: string;
  language: string;
}) {
  const { t } = useTranslation();
  const offerUndo = useOfferUndo();
  const [chosen, setEditing] = useState<Editing>(null);
  // After a reload or restart, the item that was being typed is open again.
  const [kept] = useDraft<FormDraft<ItemDraft, Editing>>(budgetDraftKey(table));
  const editing = chosen ?? kept?.opened ?? null;
  const sectionRef = useRef<HTMLElement>(null);
  // When a form closes, keyboard focus goes back to the button that opened it rather than
  // falling to the top of the page.
  const focusAfterClose = useRef<string | null>(null);
  const headingId = `budget-${table}-title`;
  const symbol = currencySymbol(currency, language);

  useEffect(() => {
    const key = focusAfterClose.current;
    if (key === null || editing !== null) return;
    focusAfterClose.current = null;
    sectionRef.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus();
  });

  const close = (focusKey: string) => {
    focusAfterClose.current = focusKey;
    setEditing(null);
  };

  const remove = async (row: BudgetItemRow) => {
    const undo = await deleteBudgetItem(table, row.id);
    if (undo) focusAfterClose.current = 'add';
    offerUndo(t('forms.deleted', { name: row.name }), undo);
  };

  return (
    <section ref={sectionRef} className="budget-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`budget.lists.${table}.title`)}</h2>
      <p className="hint">{t(`budget.lists.${table}.hint`)}</p>
      {items.length === 0 ? (
        <p className="budget-empty">{t(`budget.lists.${table}.empty`)}</p>
      ) : (
        <table className="data budget-items">
          <thead>
            <tr>
              <th scope="col">{t('budget.columns.name')}</th>
              <th scope="col" className="amount">
                {t('budget.columns.amount')}
              </th>
              <th scope="col">{t('budget.columns.when')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('budget.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((row, index) =>
              editing?.kind === 'edit' && editing.id === row.id ? (
                <tr key={row.id}>
                  <td colSpan={4}>
                    <BudgetItemForm
                      table={table}
                      index={index}
                      id={row.id}
                      initial={draftFromRow(row)}
                      title={t('budget.item.editTitle', { name: row.name })}
                      currencySymbol={symbol}
                      language={language}
                      onClose={() => close(`edit-${row.id}`)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td className="amount">{formatMoney(row.amount, currency, language)}</td>
                  <td>{whenText(row, t, language)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      data-focus-key={`edit-${row.id}`}
                      aria-label={t('budget.item.editAction', { name: row.name })}
                      onClick={() => setEditing({ kind: 'edit', id: row.id })}
                    >
                      {t('forms.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('budget.item.deleteAction', { name: row.name })}
                      onClick={() => void remove(row)}
                    >
                      {t('forms.delete')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {editing?.kind === 'new' ? (
        <BudgetItemForm
          table={table}
          index={items.length}
          initial={emptyDraft}
          title={t('budget.item.addTitle', { list: t(`budget.lists.${table}.title`) })}
          currencySymbol={symbol}
          language={language}
          onClose={() => close('add')}
        />
      ) : (
        <button
          type="button"
          className="budget-add"
          data-focus-key="add"
          onClick={() => setEditing({ kind: 'new' })}
        >
          {t(`budget.lists.${table}.add`)}
        </button>
      )}
    </section>
  );
}
