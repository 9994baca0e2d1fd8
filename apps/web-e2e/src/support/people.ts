import type { Page } from 'playwright-core';

/** Someone who registers an account in a story. */
export interface Person {
  name: string;
  email: string;
  password: string;
}

/** A person of a story run: e-mail addresses differ per run, so the database may be reused. */
export function person(name: string, login: string, domain: string, run: number): Person {
  return {
    name,
    email: `${login}.${run}@${domain}`,
    password: `${login.charAt(0).toUpperCase()}${login.slice(1)}-Passwort-2026`,
  };
}

/** Fills and sends the registration form (on /auth/register or after an invitation link). */
export async function register(page: Page, someone: Person): Promise<void> {
  await page.getByRole('heading', { name: 'Konto anlegen' }).waitFor();
  await page.getByLabel('Ihr Name').fill(someone.name);
  await page.getByLabel('E-Mail-Adresse').fill(someone.email);
  await page.getByLabel('Passwort', { exact: true }).fill(someone.password);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
}

/**
 * Opens an invitation link, registers from its preview and accepts; ends on the initiative.
 * `beforeAccept` runs while the accept button is on screen (for a screenshot).
 */
export async function acceptInvitation(
  page: Page,
  link: string,
  someone: Person,
  beforeAccept: () => Promise<void> = async () => undefined,
): Promise<void> {
  await page.goto(link);
  await page.getByRole('link', { name: 'Konto anlegen' }).click();
  await register(page, someone);
  await page.getByRole('button', { name: 'Einladung annehmen' }).waitFor();
  await beforeAccept();
  await page.getByRole('button', { name: 'Einladung annehmen' }).click();
}
