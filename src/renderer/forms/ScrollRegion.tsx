import type { ReactNode } from 'react';

/**
 * A wide table's own scroll area, so the page keeps the window's width in a small window or at
 * 200 % zoom. It is a named region a keyboard user can Tab to and scroll with the arrow keys.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `scroll-region ${className}` : 'scroll-region'}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
