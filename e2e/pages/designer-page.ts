// Page object for the designer: specs talk to the app through these locators only (found by role and label).
import type { BrowserContext, Page } from '@playwright/test';
import { DesignerLayout } from './designer-layout.ts';
import { IntegrationForm } from './integration-form.ts';
import { PreviewPanel } from './preview-panel.ts';
import { SamplePanel } from './sample-panel.ts';
import { ShortcutSheet } from './shortcut-sheet.ts';
import { TemplatesPanel } from './templates-panel.ts';

export class DesignerPage {
  readonly externalRequests: string[] = [];
  readonly form: IntegrationForm;
  readonly templates: TemplatesPanel;
  readonly sample: SamplePanel;
  readonly preview: PreviewPanel;
  readonly layout: DesignerLayout;
  readonly shortcuts: ShortcutSheet;

  constructor(readonly page: Page) {
    this.layout = new DesignerLayout(page);
    this.shortcuts = new ShortcutSheet(page);
    this.form = new IntegrationForm(page);
    this.templates = new TemplatesPanel(page);
    this.sample = new SamplePanel(page);
    this.preview = new PreviewPanel(page);
  }

  /** Refuses (and records) every request that would leave this machine: the designer must work offline. */
  static async blockExternalNetwork(context: BrowserContext, sink: string[]): Promise<void> {
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
      sink.push(route.request().url());
      return route.abort();
    });
  }

  async open(): Promise<void> {
    await DesignerPage.blockExternalNetwork(this.page.context(), this.externalRequests);
    await this.page.goto('/');
  }

  /** Opens the designer with a value already in its browser storage (as a previous visit would leave it). */
  async openWithStoredValue(key: string, value: string): Promise<void> {
    await this.page.addInitScript(([k, v]) => window.localStorage.setItem(k!, v!), [key, value]);
    await this.open();
  }

  /**
   * Writes a value into this tab's and the browser's storage (as an older build, an extension or a damaged profile
   * could leave it) and reloads, so the page starts from it. Unlike openWithStoredValue, later reloads are not
   * planted again.
   */
  async plantStoredValueAndReload(key: string, value: string): Promise<void> {
    await this.page.evaluate(
      ([k, v]) => {
        window.sessionStorage.setItem(k!, v!);
        window.localStorage.setItem(k!, v!);
      },
      [key, value],
    );
    await this.page.reload();
  }

  /** How many designs were set aside (never deleted) in this browser because they could not be opened. */
  async setAsideCount(): Promise<number> {
    return this.page.evaluate(
      (prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)).length,
      'integration-designer:quarantine:',
    );
  }

  /** The validation problem that names `path` (a link to its field). */
  validationProblem(path: string) {
    return this.validation
      .getByRole('list', { name: 'Validation problems' })
      .getByRole('listitem')
      .filter({ hasText: path });
  }

  get appHeading() {
    return this.page.getByRole('heading', { name: 'Integration Designer', level: 1 });
  }

  get validation() {
    return this.page.getByRole('region', { name: 'Validation', exact: true });
  }

  get validationStatus() {
    return this.validation.getByRole('status');
  }

  get designName() {
    return this.page.getByLabel('Design name');
  }

  get saveStatus() {
    return this.page.getByRole('status', { name: 'Save status' });
  }

  /**
   * Presses keys and reports whether the page took them (preventDefault): a taken Ctrl+S never opens the browser's
   * "Save page" dialog. The probe listens after the app's own window listener, so it sees what the app decided.
   */
  async pressTaken(keys: string): Promise<boolean> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __taken?: boolean };
      w.__taken = undefined;
      const probe = (e: KeyboardEvent) => {
        if (['Control', 'Meta', 'Alt', 'Shift'].includes(e.key)) return; // the modifier's own keydown
        w.__taken = e.defaultPrevented;
        window.removeEventListener('keydown', probe, true);
      };
      window.addEventListener('keydown', probe, true);
    });
    await this.page.keyboard.press(keys);
    return this.page.evaluate(() => (window as unknown as { __taken?: boolean }).__taken === true);
  }

  get notice() {
    return this.page.getByRole('status').filter({ hasText: 'could not be read' });
  }

  async newDesign(): Promise<void> {
    await this.page.getByRole('button', { name: 'New design' }).click();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo', exact: true }).click();
  }

  async redo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Redo', exact: true }).click();
  }
}
