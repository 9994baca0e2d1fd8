import type { Browser, Page } from 'playwright-core';
import {
  PHONE,
  DESKTOP,
  baseUrl,
  launchBrowser,
  newVisitor,
  pageErrors,
  screenshots,
  toast,
  dialog,
  openSection,
} from '../support/browser';

/**
 * Phase 3 in the demo initiative "Jugendpakt Auenstadt", which is years into Umsetzung. Tobias
 * (working group, data steward of the school leavers' indicator) enters this year's value; the
 * coordination office approves it, looks at the indicator's trend and the dashboard, and writes
 * the year's Tätigkeits- und Wirkungsbericht. Three of the five steering members approve it, the
 * coordination office publishes it and shares a public link, which a visitor opens without an
 * account: only public indicators, small groups suppressed. Revoking the link closes it again.
 */
describe('Story: phase 3, from a measured value to a published report behind a public link', () => {
  const shoot = screenshots('phase-three');
  const initiative = 'Jugendpakt Auenstadt';
  const indicator = 'Abgängerinnen und Abgänger mit Anschlussperspektive';
  const internalIndicator = 'Teilnehmende am Übergangscoaching';
  const reportTitle = 'Jahresbericht 2026';
  const summary =
    'Drei von vier Abgängerinnen und Abgängern haben eine Anschlussperspektive. Die Auftaktwerkstatt hat Schulen und Betriebe an einen Tisch gebracht.';

  let browser: Browser;
  let coordination: Page;
  let steward: Page;
  let visitor: Page;
  let initiativeUrl = '';
  let reportUrl = '';
  let publicUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    [coordination, steward, visitor] = await Promise.all(
      Array.from({ length: 3 }, () => newVisitor(browser)),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Logs a demo person in and opens the demo initiative. */
  async function logIn(page: Page, login: string): Promise<void> {
    await page.goto(`${baseUrl()}/auth/login`);
    await page.getByLabel('E-Mail-Adresse').fill(`${login}@demo.gemeinsam-wirken.de`);
    await page.getByLabel('Passwort', { exact: true }).fill('Demo-Passwort-2026');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    // The start page's to-do links name the initiative too; its own link starts with the name.
    await page.getByRole('link', { name: new RegExp(`^${initiative}`) }).click();
    await page.getByRole('heading', { name: initiative, level: 1 }).waitFor();
    initiativeUrl = page.url().replace(/\/$/, '');
  }

  it('Tobias, data steward, enters the share of school leavers with a perspective for this half-year', async () => {
    await logIn(steward, 'arbeitsgruppe');
    await openSection(steward, initiativeUrl, 'Messwerte');
    await steward.getByRole('link', { name: indicator }).first().click();
    await steward.getByRole('heading', { name: indicator, level: 1 }).waitFor();
    // The period's total and its districts fit one form; Tobias looks, then enters the total.
    await steward.getByRole('button', { name: 'Lieferung erfassen' }).click();
    const grid = dialog(steward);
    await grid.getByRole('textbox', { name: 'Wert Gesamt' }).fill('74,5');
    await shoot(steward, 'steward-opens-delivery-grid', { fullPage: false });
    // Cancelling a changed form asks first; Tobias lets the grid go.
    await steward
      .getByRole('dialog', { name: 'Lieferung erfassen' })
      .getByRole('button', { name: 'Abbrechen' })
      .click();
    await steward
      .getByRole('dialog', { name: 'Änderungen verwerfen?' })
      .getByRole('button', { name: 'Verwerfen' })
      .click();
    await steward.getByRole('dialog').waitFor({ state: 'detached' });
    await steward.getByRole('button', { name: 'Wert erfassen' }).click();
    const form = dialog(steward);
    await form.getByLabel('Zeitraum').click();
    await steward.getByRole('option', { name: '2. Halbjahr 2026' }).click();
    await form.getByLabel('Wert', { exact: true }).fill('74,5');
    await form.getByLabel('Fallzahl (optional)').fill('412');
    await form.getByLabel('Quelle (optional)').fill('Verbleibsabfrage der Schulen, Stand 15.11.');
    await form
      .getByText('Ihr Wert wird nach dem Speichern von der Koordinationsstelle geprüft.')
      .waitFor();
    await shoot(steward, 'steward-enters-value', { fullPage: false });
    await form.getByRole('button', { name: 'Speichern' }).click();
    await toast(
      steward,
      'Der Wert ist erfasst und wird von der Koordinationsstelle geprüft.',
    ).waitFor();
    await form.waitFor({ state: 'detached' });
    await steward.getByRole('cell', { name: '74,5 %' }).first().waitFor();
    await shoot(steward, 'value-submitted');
  });

  it('The coordination office approves it from the review queue; the trend shows it', async () => {
    await logIn(coordination, 'koordination');
    await openSection(coordination, initiativeUrl, 'Messwerte');
    const queue = coordination.getByRole('region', { name: /Zu prüfen/ });
    const item = queue.getByRole('listitem').filter({ hasText: indicator }).filter({
      hasText: '74,5 %',
    });
    await item.waitFor();
    // The demo's partner delivered a total with its cells: one delivery, approved at once.
    await queue
      .getByRole('button', { name: /Erstberatung junger Geflüchteter.*Lieferung freigeben$/ })
      .waitFor();
    await shoot(coordination, 'review-queue');
    await coordination.setViewportSize(PHONE);
    await shoot(coordination, 'review-queue-phone');
    await coordination.setViewportSize(DESKTOP);
    await item.getByRole('button', { name: /freigeben$/ }).click();
    await toast(coordination, 'Der Wert ist freigegeben.').waitFor();
    await item.waitFor({ state: 'detached' });

    await coordination.getByRole('link', { name: indicator }).first().click();
    await coordination.getByRole('heading', { name: indicator, level: 1 }).waitFor();
    await coordination
      .getByRole('img', { name: /Verlauf|Ausgangswert/ })
      .first()
      .waitFor();
    await shoot(coordination, 'indicator-trend');
  });

  it('The dashboard shows the indicator’s latest value against its path to the target', async () => {
    await openSection(coordination, initiativeUrl, 'Dashboard');
    const row = coordination.getByText(indicator).first();
    await row.waitFor();
    await coordination.getByText('74,5 %').first().waitFor();
    await shoot(coordination, 'dashboard');
    await coordination.setViewportSize(PHONE);
    await shoot(coordination, 'dashboard-phone');
    await coordination.setViewportSize(DESKTOP);
  });

  it('The steps of the finished phases stay as they were: no controls, and the page says why', async () => {
    await openSection(coordination, initiativeUrl, 'Phasen');
    await coordination
      .getByText(
        'Diese Phase ist abgeschlossen. Ihre Schritte bleiben so, wie sie beim Phasenwechsel waren.',
      )
      .first()
      .waitFor();
    const finished = coordination.getByRole('list', { name: 'Schritte der Phase Initiierung' });
    expect(await finished.getByRole('combobox').count()).toBe(0);
    const current = coordination.getByRole('list', { name: 'Schritte der Phase Umsetzung' });
    expect(await current.getByRole('combobox').count()).toBeGreaterThan(0);
    await shoot(coordination, 'phases-finished-read-only');
  });

  it('The coordination office creates the 2026 report, writes its summary and submits it', async () => {
    await openSection(coordination, initiativeUrl, 'Berichte');
    await coordination.getByRole('button', { name: 'Bericht erstellen' }).click();
    const form = dialog(coordination);
    await form.getByText('Jahr', { exact: true }).click();
    await form.getByLabel('Ein Tag im Zeitraum').fill('01.06.2026');
    await form.getByLabel('Titel (freiwillig)').fill(reportTitle);
    await form.getByText('Der Bericht umfasst die Zeit vom').waitFor();
    await form.getByRole('button', { name: 'Erstellen' }).click();
    await toast(coordination, `Der Bericht „${reportTitle}“ ist als Entwurf erstellt.`).waitFor();
    await coordination.getByRole('heading', { name: reportTitle, level: 1 }).waitFor();
    reportUrl = coordination.url();

    await coordination.getByRole('textbox', { name: 'Zusammenfassung' }).fill(summary);
    await coordination
      .getByRole('region', { name: 'Zusammenfassung' })
      .getByRole('button', { name: 'Text speichern' })
      .click();
    await toast(coordination, 'Der Text ist gespeichert.').waitFor();
    await shoot(coordination, 'report-draft');

    await coordination.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await dialog(coordination).getByRole('button', { name: 'Verbindlich einreichen' }).click();
    await toast(coordination, 'Der Bericht ist eingereicht.').waitFor();
  });

  it('Three of the five steering members approve the report', async () => {
    for (const login of ['steuerung', 'jugendamt', 'jobcenter']) {
      const member = await newVisitor(browser);
      await logIn(member, login);
      await member.goto(reportUrl);
      const panel = member.getByRole('region', { name: 'Prüfung durch die Steuerungsgruppe' });
      await panel.getByRole('button', { name: 'Zustimmen' }).click();
      // The panel asks before recording a decision; once recorded, it says what the member decided.
      await dialog(member).getByRole('button', { name: 'Zustimmen' }).click();
      await panel.getByRole('status').getByText('Sie haben diesem Bericht zugestimmt.').waitFor();
      if (login === 'steuerung') await shoot(member, 'steering-approves');
      await member.context().close();
    }
  });

  it('The coordination office publishes the report and creates a public link', async () => {
    await coordination.goto(reportUrl);
    await coordination.getByRole('button', { name: 'Veröffentlichen' }).click();
    await dialog(coordination).getByRole('button', { name: 'Veröffentlichen' }).click();
    await toast(coordination, 'Der Bericht ist veröffentlicht.').waitFor();
    await coordination.getByRole('button', { name: 'Link erstellen' }).click();
    await toast(coordination, 'Der öffentliche Link ist erstellt.').waitFor();
    const link = coordination.getByLabel('Link zum Bericht');
    publicUrl = await link.inputValue();
    expect(publicUrl).toMatch(/\/public\/reports\/[A-Za-z0-9_-]{20,}$/);
    const panel = coordination.getByRole('region', { name: 'Öffentlicher Link' });
    await panel.getByText(/Öffentlicher Link aktiv seit .* noch nicht geöffnet/).waitFor();
    await shoot(coordination, 'report-published-with-link');
  });

  it('A visitor without an account reads the public report: public indicators only, small groups suppressed', async () => {
    await visitor.goto(publicUrl.replace(/^https?:\/\/[^/]+/, baseUrl()));
    await visitor.getByRole('heading', { name: reportTitle, level: 1 }).waitFor();
    await visitor.getByText(summary).waitFor();
    await visitor.getByText(indicator).first().waitFor();
    expect(await visitor.getByText(internalIndicator).count()).toBe(0);
    // At a glance: the value entered above against baseline and target, and the measures.
    const glance = visitor.getByRole('region', { name: 'Auf einen Blick' });
    await glance.getByText('74,5 %').waitFor();
    await glance.getByText('Ausgangswert 71,5 %').waitFor();
    await glance.getByText(/\d+ begonnen · \d+ abgeschlossen · \d+ verzögert/).waitFor();
    // Each public indicator's trend is drawn (ECharts in SVG), with its values as a table.
    for (const name of [indicator, 'Vorzeitig gelöste Ausbildungsverträge']) {
      // The chart loads when its figure scrolls into view.
      await visitor.getByRole('figure', { name }).scrollIntoViewIfNeeded();
      const chart = visitor.getByRole('img', { name: new RegExp(`Verlauf von „${name}“`) });
      await chart.locator('svg').waitFor();
      expect(await chart.locator('svg path').count()).toBeGreaterThan(3);
      const values = visitor.getByRole('table', { name: new RegExp(`Verlauf von „${name}“`) });
      expect(await values.getByRole('row').count()).toBeGreaterThanOrEqual(4);
    }
    await shoot(visitor, 'public-report');
    const pdf = await visitor.getByRole('link', { name: 'PDF herunterladen' }).getAttribute('href');
    const response = await visitor.request.get(new URL(pdf ?? '', baseUrl()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    await visitor.setViewportSize(PHONE);
    await shoot(visitor, 'public-report-phone');
    await visitor.setViewportSize(DESKTOP);
  });

  it('After a reload the coordination office sees the link is live and was opened; revoking it closes the public report again', async () => {
    await coordination.reload();
    const panel = coordination.getByRole('region', { name: 'Öffentlicher Link' });
    // The page and its PDF, each once.
    await panel.getByText(/Öffentlicher Link aktiv seit .* 2 mal geöffnet/).waitFor();
    await shoot(coordination, 'public-link-status');
    await panel.getByRole('button', { name: 'Link widerrufen' }).click();
    await dialog(coordination).getByRole('button', { name: 'Widerrufen' }).click();
    await toast(coordination, 'Der Link ist widerrufen.').waitFor();
    await panel.getByText('Kein öffentlicher Link aktiv', { exact: false }).waitFor();
    expect(await panel.getByRole('button', { name: 'Link widerrufen' }).count()).toBe(0);
    await visitor.reload();
    await visitor.getByText('Dieser Link ist nicht mehr gültig').waitFor();
    await shoot(visitor, 'public-link-revoked');
    expect(pageErrors).toEqual([]);
  });
});
