// axe's serious and critical findings in the page or one part of it (a dialog), one line each: what, and where.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function seriousViolationsIn(page: Page, selector?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (selector ? axe.include(selector) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}
