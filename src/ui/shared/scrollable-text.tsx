// A scrolling block of text (a body, the execution log, the Trace JSON). Keyboard users must be able to focus it to
// scroll it (WCAG 2.1.1; axe's scrollable-region-focusable), and it is a named region so screen readers announce what
// it holds and page objects find it by label.
import type { ReactNode } from 'react';

export function ScrollableText({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: the scrolling <pre> is the region (a <section> would not scroll)
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to take focus to be scrolled by keyboard
    <pre className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </pre>
  );
}
