import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Route, hrefOf, routes } from './routes';

/**
 * The sections of the app. In a narrow window (styles.css) the list folds behind a menu button,
 * so the page keeps its width; in a wide one the button is hidden and the list always shows.
 */
export function Navigation({ current }: { current: Route }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };

  return (
    <nav
      className={open ? 'nav open' : 'nav'}
      aria-label={t('nav.label')}
      onKeyDown={closeOnEscape}
    >
      <button
        ref={button}
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="nav-sections"
        onClick={() => setOpen(!open)}
      >
        {t('nav.menu')}
      </button>
      <ul id="nav-sections">
        {routes.map((route) => (
          <li key={route}>
            <a
              href={hrefOf(route)}
              aria-current={route === current ? 'page' : undefined}
              onClick={() => setOpen(false)}
            >
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
