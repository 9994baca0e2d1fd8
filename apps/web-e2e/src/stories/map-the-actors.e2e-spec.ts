import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  baseUrl,
  launchBrowser,
  newVisitor,
  pageErrors,
  screenshots,
  sectionLink,
  partnerCell,
} from '../support/browser';

const HEADER =
  'Institution;Bereich;Art;Ansprechperson;Funktion;E-Mail;Telefon;Bestehende Kooperation;' +
  'Geplantes Mitglied der Kerngruppe;Mitglied erweiterter Foren;Mögliche Beiträge;Ressourcen;' +
  'Website;Partner';

/**
 * Clara starts an initiative and maps who is there: she adds the Jugendamt to the actor table
 * and sees which areas still lack a planned member of the core group; her spreadsheet has a
 * mistake, which the import names by row and column; she plans a step of the first phase; and
 * the proposal to move on is refused while no cooperation agreement is in force.
 */
describe('Story: a coordinator maps the local actors and plans the first phase', () => {
  const shoot = screenshots('map-the-actors');
  const run = Date.now();
  const clara = {
    name: 'Clara Vogt',
    email: `clara.${run}@lindenfeld.example`,
    password: 'Clara-Passwort-2026',
  };
  const files = mkdtempSync(join(tmpdir(), 'gw-actors-'));

  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newVisitor(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('Clara registers and creates an initiative', async () => {
    await page.goto(`${baseUrl()}/auth/register`);
    await page.getByLabel('Ihr Name').fill(clara.name);
    await page.getByLabel('E-Mail-Adresse').fill(clara.email);
    await page.getByLabel('Passwort', { exact: true }).fill(clara.password);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByRole('heading', { name: 'Meine Initiativen' }).waitFor();
    await page.getByRole('link', { name: 'Initiative anlegen' }).click();
    await page.getByLabel('Name der Initiative').fill('Bündnis Übergang Lindenfeld');
    await page.getByRole('checkbox', { name: 'Junge Menschen' }).check();
    await page.getByLabel('Kommune').fill('Lindenfeld');
    await page.getByRole('button', { name: 'Initiative anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bündnis Übergang Lindenfeld' }).waitFor();
    await page.getByText('0 von 4 Schritten erledigt').first().waitFor();
  });

  it('Clara adds the first actor; the summary tells which areas still lack a core member', async () => {
    await sectionLink(page, 'Akteure').click();
    await page.getByRole('heading', { name: 'Noch keine Akteure' }).waitFor();
    await shoot(page, 'actors-empty');

    await page.getByRole('button', { name: 'Akteur hinzufügen' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Institution').fill('Jugendamt Lindenfeld');
    await dialog.getByRole('combobox', { name: 'Bereich' }).click();
    await page.getByRole('option', { name: 'Bildung' }).click();
    await dialog.getByRole('combobox', { name: 'Art' }).click();
    await page.getByRole('option', { name: 'Verwaltung' }).click();
    await dialog.getByRole('checkbox', { name: 'Geplantes Mitglied der Kerngruppe' }).check();
    await dialog.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
    await dialog.getByLabel('Name', { exact: true }).fill('Jonas Weber');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Jugendamt Lindenfeld wurde hinzugefügt.').waitFor();

    await page
      .getByText(
        'Für die Kerngruppe fehlt noch ein geplantes Mitglied aus: Migration und Integration, Arbeit und Wirtschaft, Soziales.',
      )
      .waitFor();
    // The table only shows; a row changes on purpose, through its edit button.
    await page.getByRole('button', { name: 'Jugendamt Lindenfeld bearbeiten' }).click();
    await dialog.getByRole('checkbox', { name: 'Partner', exact: true }).check();
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(partnerCell(page, 'Jugendamt Lindenfeld').textContent()).resolves.toContain('Ja');
    await shoot(page, 'actors-one');
    await page.setViewportSize(PHONE);
    await shoot(page, 'actors-phone');
    await page.setViewportSize(DESKTOP);
  });

  it('A spreadsheet with a mistake changes nothing and names the mistake', async () => {
    const file = join(files, 'akteure.csv');
    writeFileSync(
      file,
      [HEADER, 'Caritas Lindenfeld;Weltall;freier Träger;;;;;ja;ja;nein;;;;nein'].join('\n'),
    );
    await page.getByRole('button', { name: 'Importieren' }).first().click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('dialog').getByRole('button', { name: 'Importieren' }).click();
    const errors = page.getByRole('region', { name: 'Fehler in der Datei' });
    await errors.getByText('Diesen Wert kennt die Tabelle nicht.', { exact: false }).waitFor();
    await expect(errors.locator('tbody tr').first().textContent()).resolves.toMatch(/2\s*Bereich/);
    await shoot(page, 'import-errors', { fullPage: false });
    await page.keyboard.press('Escape');
  });

  it('Clara plans a step and learns why the next phase cannot begin yet', async () => {
    await sectionLink(page, 'Phasen').click();
    await page.getByRole('button', { name: '„Steuerungsgruppe bilden“ bearbeiten' }).click();
    await page.getByRole('dialog').getByLabel('Fällig am').fill('30.06.2027');
    await page.getByRole('dialog').getByLabel('Notiz').fill('Erste Sitzung im Rathaus.');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Der Schritt wurde gespeichert.').waitFor();
    await page.getByText('30. Juni 2027').waitFor();

    await page.getByRole('button', { name: 'Phasenwechsel vorschlagen' }).click();
    await page.getByLabel('Begründung').fill('Die Akteure sind erfasst.');
    await page.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await page
      .getByRole('alert')
      .getByText('Es ist noch keine Fassung der Kooperationsvereinbarung in Kraft.', {
        exact: false,
      })
      .waitFor();
    await shoot(page, 'transition-refused');
    expect(pageErrors).toEqual([]);
  });
});
