/**
 * The popup, opened as a page for a given tab (`popup.html?tab=<id>`), as a reader would use it.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

export class PopupPage {
  constructor(readonly page: Page) {}

  static url(extensionId: string, tabId: number): string {
    return `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
  }

  async open(extensionId: string, tabId: number): Promise<void> {
    await this.page.setViewportSize({ width: 400, height: 640 });
    await this.page.goto(PopupPage.url(extensionId, tabId));
  }

  /** The switch for highlights on this tab. */
  get tabSwitch(): Locator {
    return this.page.getByRole('switch');
  }

  get status(): Locator {
    return this.page.locator('.status');
  }

  get title(): Locator {
    return this.page.locator('.article-title');
  }

  get publisher(): Locator {
    return this.page.getByTestId('publisher');
  }

  get findings(): Locator {
    return this.page.locator('button.finding');
  }

  /** Every chain drawn, as "a → b → c". */
  async chains(): Promise<string[]> {
    await this.page.locator('ol.chain').first().waitFor();
    return this.page
      .locator('ol.chain')
      .evaluateAll((lists) =>
        lists.map((ol) => [...ol.querySelectorAll('.node-box > :first-child')].map((n) => n.textContent?.trim()).join(' → ')),
      );
  }

  async count(category: string): Promise<number> {
    return Number(await this.page.getByTestId(`count-${category}`).textContent());
  }

  async waitForReport(): Promise<void> {
    await this.title.waitFor();
  }

  /** Clicks an export button and reads the file the browser saved. */
  async export(format: 'markdown' | 'csv' | 'json' | 'html'): Promise<{ filename: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator(`button[data-format="${format}"]`).click(),
    ]);
    const path = await download.path();
    return { filename: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Opens the printable report (a new tab) and returns it. */
  async openReport(): Promise<Page> {
    const [report] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.page.getByRole('button', { name: 'Printable report' }).click(),
    ]);
    await report.waitForLoadState();
    return report;
  }

  /** The note button of the finding whose phrase is `phrase`. */
  noteButton(phrase: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`note on “${phrase}”`) });
  }

  get articleNote(): Locator {
    return this.page.getByLabel('Note on the whole article');
  }

  practiceButton(name: string | RegExp): Locator {
    return this.page.getByTestId('practice-panel').getByRole('button', { name });
  }
}
