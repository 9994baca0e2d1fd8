import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { expectNoSeriousViolations } from './accessibility';
import { STATE_FILE, type ServerState, WORKSPACE_ROOT } from './server-state';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

export function baseUrl(): string {
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as ServerState;
  return process.env['WEB_E2E_BASE_URL'] ?? state.baseUrl;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Uncaught errors of every page opened by `newVisitor`; a story ends by expecting none. */
export const pageErrors: string[] = [];

/**
 * A fresh browser profile (own storage, so its own session) on the app, in German. It prefers
 * reduced motion, as some users do: Material then opens dialogs without an animation, whose end
 * would otherwise move the focus into the first field while a story is already typing elsewhere.
 */
export async function newVisitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale: 'de-DE',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

/**
 * Screenshots for people to look at: test-artifacts/screenshots/<story>/<nn>-<step>.png. Each one
 * is also an accessibility check: a serious or critical axe-core violation on what is shown fails
 * the story at that step.
 */
export function screenshots(story: string) {
  const folder = join(WORKSPACE_ROOT, 'test-artifacts', 'screenshots', story);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let count = 0;
  return async (page: Page, step: string, options: { fullPage?: boolean } = {}) => {
    count += 1;
    // Let fonts, transitions and the progress bar settle so the picture shows the steady state.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(400);
    // A full-page picture of a scrolled page would show the sticky toolbar mid-page.
    if (options.fullPage ?? true) await page.evaluate(() => window.scrollTo(0, 0));
    const name = `${String(count).padStart(2, '0')}-${step}.png`;
    await page.screenshot({ path: join(folder, name), fullPage: options.fullPage ?? true });
    await expectNoSeriousViolations(page, `${story}/${name}`);
  };
}

/** A snackbar's or inline message, found by (part of) its text. */
export const toast = (page: Page, text: string) => page.getByText(text, { exact: false }).first();

/** The actor table's „Partner“ cell in the row of the actor `name`. */
export const partnerCell = (page: Page, name: string) =>
  page.getByRole('row').filter({ hasText: name }).locator('td.mat-column-isPartner');

/** The open dialog. */
export const dialog = (page: Page) => page.getByRole('dialog');

/** The navigation between an initiative's sections (named in the page's language). */
export const sectionNav = (page: Page, name = 'Bereiche der Initiative') =>
  page.getByRole('navigation', { name });

/** A section's link in the initiative's navigation, by its label. */
export const sectionLink = (page: Page, section: string) =>
  sectionNav(page).getByRole('link', { name: section });

/**
 * Opens a section of an initiative fresh from the server, as after coming back to it. On a
 * phone the navigation is a drawer behind the "Bereiche" button, which this opens first.
 */
export async function openSection(page: Page, initiativeUrl: string, section: string) {
  await page.goto(initiativeUrl);
  // The name and the menu button appear together, once the initiative has loaded.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const menu = page.getByRole('button', { name: 'Bereiche' });
  if (await menu.isVisible()) await menu.click();
  await sectionLink(page, section).click();
}
