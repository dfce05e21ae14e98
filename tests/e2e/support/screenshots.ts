/**
 * Screenshots for people: every run writes them to test-results/screenshots/; the two used in the
 * README are also written to assets/screenshots/ when they are missing there, or when
 * SOURCELENS_UPDATE_SCREENSHOTS=1 asks for fresh ones (so a test run does not churn committed files).
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from '../fixtures.ts';

const RESULTS = join(ROOT, 'test-results', 'screenshots');
const ASSETS = join(ROOT, 'assets', 'screenshots');

export async function saveScreenshot(page: Page, name: string, options: { readme?: boolean; fullPage?: boolean } = {}) {
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  if (options.readme) {
    const target = join(ASSETS, `${name}.png`);
    if (!existsSync(target) || process.env.SOURCELENS_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(ASSETS, { recursive: true });
      copyFileSync(file, target);
    }
  }
  return file;
}
