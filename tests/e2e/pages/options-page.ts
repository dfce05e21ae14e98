/** The options page. */
import type { Locator, Page } from '@playwright/test';

export class OptionsPage {
  constructor(readonly page: Page) {}

  async open(extensionId: string): Promise<void> {
    await this.page.goto(`chrome-extension://${extensionId}/options.html`);
  }

  palette(label: string | RegExp): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  category(label: string | RegExp): Locator {
    return this.page.getByRole('checkbox', { name: label });
  }

  get reset(): Locator {
    return this.page.getByRole('button', { name: 'Reset all settings' });
  }

  get shortcuts(): Locator {
    return this.page.locator('table.shortcuts tbody tr');
  }
}
