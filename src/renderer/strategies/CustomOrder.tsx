import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveHousehold } from '../db/household';
import type { PlanBundle } from '../plan/planProtocol';

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * The person's own order of repayment: drag and drop with a mouse, up and down buttons with the
 * keyboard. The draft is kept here until saved, so reordering never re-plans half-way.
 */
export function CustomOrder({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const debts = bundle.scenario.debts;
  const saved = bundle.scenario.customOrder;
  const initial = [
    ...saved.filter((id) => debts.some((d) => d.id === id)),
    ...debts.map((d) => d.id).filter((id) => !saved.includes(id)),
  ];
  const [draft, setDraft] = useState<string[] | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const order = draft ?? initial;
  const names = new Map(debts.map((debt) => [debt.id, debt.name]));

  return (
    <section aria-labelledby="custom-title">
      <h2 id="custom-title">{t('strategies.customTitle')}</h2>
      <p className="hint">{t('strategies.customHint')}</p>
      <ol className="custom-order">
        {order.map((id, index) => {
          const name = names.get(id) ?? id;
          return (
            <li
              key={id}
              draggable
              className={dragging === index ? 'dragging' : undefined}
              onDragStart={() => setDragging(index)}
              onDragEnd={() => setDragging(null)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={() => {
                if (dragging !== null && dragging !== index)
                  setDraft(moved(order, dragging, index));
                setDragging(null);
              }}
            >
              <span className="grip" aria-hidden="true">
                ⠿
              </span>
              <span className="name">{name}</span>
              <button
                type="button"
                aria-label={t('strategies.moveUp', { name })}
                disabled={index === 0}
                onClick={(event) => {
                  setDraft(moved(order, index, index - 1));
                  if (index === 1) focusOtherArrow(event.currentTarget.nextElementSibling);
                }}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('strategies.moveDown', { name })}
                disabled={index === order.length - 1}
                onClick={(event) => {
                  setDraft(moved(order, index, index + 1));
                  if (index === order.length - 2)
                    focusOtherArrow(event.currentTarget.previousElementSibling);
                }}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="primary"
        onClick={() =>
          void saveHousehold({ customOrder: order, strategy: 'custom' }).then(() => setDraft(null))
        }
      >
        {t('strategies.saveOrder')}
      </button>
    </section>
  );
}

/** A move to the first or last place disables the arrow pressed: focus goes to the other one. */
function focusOtherArrow(other: Element | null): void {
  if (other instanceof HTMLButtonElement) other.focus();
}
