// The designer's layout: the three panes (columns, or stacked on a narrow window), the separators between them, the
// bar that brings a pane into view on a narrow window, and measurements the layout journeys check.
import { expect, type Locator, type Page } from '@playwright/test';

export type PaneName = 'Integration settings' | 'Templates and sample request' | 'Live preview';

export class DesignerLayout {
  constructor(readonly page: Page) {}

  pane(name: PaneName): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
  get settings() {
    return this.pane('Integration settings');
  }
  get editors() {
    return this.pane('Templates and sample request');
  }
  get preview() {
    return this.pane('Live preview');
  }
  get previewHeading() {
    return this.preview.getByRole('heading', { name: 'Preview', exact: true });
  }
  /** The last section of the settings column. */
  get lastSettingsSection() {
    return this.settings.getByRole('heading', { name: 'API settings' });
  }
  separator(which: 'settings' | 'templates'): Locator {
    const name =
      which === 'settings' ? 'Resize the integration settings column' : 'Resize the templates and sample column';
    return this.page.getByRole('separator', { name });
  }
  /** The narrow window's bar of pane buttons. */
  paneButton(label: 'Settings' | 'Templates & sample' | 'Preview'): Locator {
    return this.page.getByRole('navigation', { name: 'Panes' }).getByRole('button', { name: label, exact: true });
  }

  /** Scrolls a pane to its end with the mouse wheel, as a user would, until it moves no more. */
  async scrollToEnd(pane: Locator): Promise<void> {
    const box = (await pane.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 600) / 2);
    let previous = -1;
    for (let i = 0; i < 40; i++) {
      await this.page.mouse.wheel(0, 1500);
      const top = await pane.evaluate((el) => el.scrollTop);
      if (top === previous) break;
      previous = top;
    }
  }

  /** How far the page itself (not a column) is scrolled. */
  async pageScrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }

  async width(pane: Locator): Promise<number> {
    return (await pane.boundingBox())!.width;
  }

  async separatorValue(which: 'settings' | 'templates'): Promise<number> {
    return Number(await this.separator(which).getAttribute('aria-valuenow'));
  }

  /** Drags a separator by `dx` pixels with the mouse. */
  async drag(which: 'settings' | 'templates', dx: number): Promise<void> {
    const box = (await this.separator(which).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + 200;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y, { steps: 3 });
    await this.page.mouse.move(x + dx, y, { steps: 3 });
    await this.page.mouse.up();
  }

  /**
   * Controls in a region smaller than 24×24 px (WCAG 2.2 target size), as "role name: w×h"; hidden ones and the
   * code editors' internals are not counted.
   */
  async smallControls(region: Locator): Promise<string[]> {
    const controls = region.locator('button, input, select, textarea, summary, [role="tab"]');
    return controls.evaluateAll((els) =>
      els
        .filter((el) => !el.closest('.monaco-editor') && el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).name ?? el.textContent ?? '';
          return { text: `${el.tagName.toLowerCase()} ${name.trim().slice(0, 40)}: ${r.width}×${r.height}`, r };
        })
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ text }) => text),
    );
  }

  /** Text fields in `scope` whose value does not fit their box (cut off), as "label = value". */
  async cutOffValues(scope: Locator): Promise<string[]> {
    return scope
      .getByRole('combobox')
      .evaluateAll((els) =>
        (els as HTMLInputElement[])
          .filter((el) => el.scrollWidth > el.clientWidth)
          .map((el) => `${el.getAttribute('aria-label')} = ${el.value}`),
      );
  }

  async expectInViewport(locator: Locator): Promise<void> {
    await expect(locator).toBeInViewport();
  }
}
