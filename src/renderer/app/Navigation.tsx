import { useTranslation } from 'react-i18next';
import { type Route, hrefOf, routes } from './routes';

export function Navigation({ current }: { current: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {routes.map((route) => (
          <li key={route}>
            <a href={hrefOf(route)} aria-current={route === current ? 'page' : undefined}>
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
