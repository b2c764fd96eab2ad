// Page object for the designer: specs talk to the app through these locators only (found by role and label).
import type { Page, BrowserContext } from '@playwright/test';

export class DesignerPage {
  readonly externalRequests: string[] = [];

  constructor(readonly page: Page) {}

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

  get appHeading() {
    return this.page.getByRole('heading', { name: 'Integration Designer', level: 1 });
  }

  get validationStatus() {
    return this.page.getByRole('region', { name: 'Validation' }).getByRole('status');
  }
}
