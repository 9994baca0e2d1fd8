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
  sectionNav,
} from '../support/browser';

/** A common laptop screen, the smallest on which all sections must fit beside the page. */
const LAPTOP = { width: 1366, height: 768 };

/**
 * Anna coordinates a new initiative. She invites Bernd as a partner; Bernd accepts the link
 * and sees the initiative; Anna then moves Bernd into a working group.
 */
describe('Story: a coordinator invites a partner, who joins the initiative', () => {
  const shoot = screenshots('invite-a-partner');
  const run = Date.now();
  const anna = {
    name: 'Anna Keller',
    email: `anna.${run}@lindenfeld.example`,
    password: 'Anna-Passwort-2026',
  };
  const bernd = {
    name: 'Bernd Weber',
    email: `bernd.${run}@traeger.example`,
    password: 'Bernd-Passwort-2026',
  };
  const initiativeName = 'Jugendpakt Lindenfeld';

  let browser: Browser;
  let annaPage: Page;
  let berndPage: Page;
  let inviteLink = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    annaPage = await newVisitor(browser);
    berndPage = await newVisitor(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function register(page: Page, person: typeof anna) {
    await page.getByLabel('Ihr Name').fill(person.name);
    await page.getByLabel('E-Mail-Adresse').fill(person.email);
    await page.getByLabel('Passwort', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
  }

  it('Anna registers and is logged in, with no initiative yet', async () => {
    await annaPage.goto(`${baseUrl()}/`);
    await annaPage.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await shoot(annaPage, 'login');
    await annaPage.getByRole('link', { name: 'Jetzt registrieren' }).click();
    await annaPage.getByRole('heading', { name: 'Konto anlegen' }).waitFor();
    await annaPage.getByLabel('Ihr Name').fill(anna.name);
    await shoot(annaPage, 'register');
    await register(annaPage, anna);

    await annaPage.getByRole('heading', { name: 'Meine Initiativen' }).waitFor();
    await annaPage.getByRole('heading', { name: 'Noch keine Initiative' }).waitFor();
    await shoot(annaPage, 'empty-list');
  });

  it('Anna creates an initiative and sees it in the phase Initiierung', async () => {
    await annaPage.getByRole('link', { name: 'Initiative anlegen' }).click();
    await annaPage.getByRole('heading', { name: 'Neue Initiative' }).waitFor();
    await annaPage.getByRole('button', { name: 'Initiative anlegen' }).click();
    await annaPage.getByText('Bitte füllen Sie dieses Feld aus.').first().waitFor();
    await shoot(annaPage, 'create-form-errors');

    await annaPage.getByLabel('Name der Initiative').fill(initiativeName);
    await annaPage
      .getByLabel('Beschreibung')
      .fill(
        'Verwaltung, Träger und Schulen sorgen gemeinsam dafür, dass kein junger Mensch verloren geht.',
      );
    await annaPage.getByRole('checkbox', { name: 'Junge Menschen' }).check();
    await annaPage.getByLabel('Weitere Zielgruppen').fill('Schulabbrecher');
    await annaPage.getByLabel('Weitere Zielgruppen').press('Enter');
    await annaPage.getByLabel('Kommune').fill('Lindenfeld');
    for (const district of ['Altstadt', 'Nordviertel']) {
      await annaPage.getByLabel('Stadt- oder Ortsteile').fill(district);
      await annaPage.getByLabel('Stadt- oder Ortsteile').press('Enter');
    }
    await annaPage.getByLabel('Eigner').fill('Bürgermeisterin Dr. Eva Brandt');
    await shoot(annaPage, 'create-form');
    await annaPage.getByRole('button', { name: 'Initiative anlegen' }).click();

    await annaPage.getByRole('heading', { level: 1, name: initiativeName }).waitFor();
    const current = annaPage
      .getByRole('list', { name: 'Phasen der Initiative' })
      .locator('[aria-current="step"]');
    await expect(current.textContent()).resolves.toContain('Initiierung');
    await expect(current.textContent()).resolves.toContain('Kooperationsvereinbarung');
    await shoot(annaPage, 'overview');
    await annaPage.setViewportSize(PHONE);
    await shoot(annaPage, 'overview-phone');
    await annaPage.setViewportSize(DESKTOP);
  });

  it('Anna sees every section at once on a laptop, and in a drawer on a phone', async () => {
    await annaPage.setViewportSize(LAPTOP);
    await annaPage.evaluate(() => window.scrollTo(0, 0));
    const nav = sectionNav(annaPage);
    const links = nav.getByRole('link');
    await expect(links.allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Indikatoren', 'Messwerte', 'Berichte', 'Mitglieder']),
    );
    await expect(links.count()).resolves.toBe(14);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(LAPTOP.height);
    }
    // Nor does the navigation scroll within itself to show them.
    await expect(
      nav.evaluate((list) => list.parentElement!.scrollHeight <= list.parentElement!.clientHeight),
    ).resolves.toBe(true);
    await expect(nav.locator('[aria-current="page"]').allTextContents()).resolves.toEqual([
      'Überblick',
    ]);
    await shoot(annaPage, 'sections-laptop', { fullPage: false });

    await annaPage.setViewportSize(PHONE);
    await nav.waitFor({ state: 'hidden' });
    const menu = annaPage.getByRole('button', { name: 'Bereiche' });
    await menu.focus();
    await annaPage.keyboard.press('Enter');
    await nav.waitFor();
    await expect(nav.evaluate((list) => list.contains(document.activeElement))).resolves.toBe(true);
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await shoot(annaPage, 'sections-phone-drawer', { fullPage: false });
    await annaPage.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    await expect(menu.evaluate((button) => button === document.activeElement)).resolves.toBe(true);

    // A section chosen in the drawer opens, and the drawer closes.
    await menu.click();
    await sectionLink(annaPage, 'Phasen').click();
    await annaPage.getByRole('list', { name: 'Schritte der Phase Initiierung' }).waitFor();
    await nav.waitFor({ state: 'hidden' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    // Back on a wide screen the navigation is beside the page again, marking the new section.
    await annaPage.setViewportSize(DESKTOP);
    await nav.waitFor();
    await expect(nav.locator('[aria-current="page"]').allTextContents()).resolves.toEqual([
      'Phasen',
    ]);
  });

  it('Anna finds the initiative in her list', async () => {
    await annaPage.getByRole('link', { name: 'Alle Initiativen' }).click();
    const item = annaPage.getByRole('link', { name: new RegExp(initiativeName) });
    await item.waitFor();
    await expect(item.textContent()).resolves.toMatch(
      /Lindenfeld.*Phase: Initiierung.*Meine Rolle: Koordinationsstelle/s,
    );
    await shoot(annaPage, 'list');
    await annaPage.setViewportSize(PHONE);
    await shoot(annaPage, 'list-phone');
    await annaPage.setViewportSize(DESKTOP);
    await item.click();
  });

  it('Anna invites Bernd as a partner and reads the link', async () => {
    await sectionLink(annaPage, 'Mitglieder').click();
    await annaPage.getByRole('heading', { name: 'Jemanden einladen' }).waitFor();
    await annaPage
      .getByRole('table', { name: 'Mitglieder der Initiative' })
      .getByText(anna.email)
      .waitFor();
    await annaPage.getByLabel('E-Mail-Adresse').fill(bernd.email);
    await annaPage.getByRole('radio', { name: 'Partner' }).check();
    await annaPage.getByRole('button', { name: 'Einladung erstellen' }).click();

    const link = annaPage.getByRole('textbox', { name: 'Einladungslink' });
    await link.waitFor();
    inviteLink = await link.inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${baseUrl()}/invitations/.+`));
    await annaPage
      .getByRole('list', { name: 'Offene Einladungen' })
      .getByText(bernd.email)
      .waitFor();
    await shoot(annaPage, 'invited');
    await annaPage.setViewportSize(PHONE);
    await shoot(annaPage, 'members-phone');
    await annaPage.setViewportSize(DESKTOP);
  });

  it('Bernd opens the link, registers, accepts and sees the initiative', async () => {
    await berndPage.goto(inviteLink);
    await berndPage.getByText(initiativeName).waitFor();
    await berndPage.getByText('Partner', { exact: true }).waitFor();
    await shoot(berndPage, 'invitation-preview');

    await berndPage.getByRole('link', { name: 'Konto anlegen' }).click();
    await berndPage.getByRole('heading', { name: 'Konto anlegen' }).waitFor();
    await expect(berndPage.getByLabel('E-Mail-Adresse').inputValue()).resolves.toBe(bernd.email);
    await register(berndPage, bernd);

    await berndPage.getByRole('button', { name: 'Einladung annehmen' }).waitFor();
    await shoot(berndPage, 'invitation-accept');
    await berndPage.getByRole('button', { name: 'Einladung annehmen' }).click();

    await berndPage.getByRole('heading', { level: 1, name: initiativeName }).waitFor();
    await berndPage.getByText('Ihre Rolle: Partner').waitFor();
    const current = berndPage
      .getByRole('list', { name: 'Phasen der Initiative' })
      .locator('[aria-current="step"]');
    await expect(current.textContent()).resolves.toContain('Initiierung');
    await shoot(berndPage, 'bernd-overview');

    await sectionLink(berndPage, 'Mitglieder').click();
    await berndPage
      .getByText('Nur die Koordinationsstelle kann Mitglieder einladen und Rollen ändern.')
      .waitFor();
    await expect(
      berndPage.getByRole('heading', { name: 'Jemanden einladen' }).count(),
    ).resolves.toBe(0);
    await shoot(berndPage, 'bernd-members');
  });

  it('Anna moves Bernd into a working group', async () => {
    await annaPage.reload();
    const roleOfBernd = annaPage.getByRole('combobox', { name: `Rolle von ${bernd.name}` });
    await roleOfBernd.click();
    await annaPage.getByRole('option', { name: 'Arbeitsgruppe' }).click();
    await annaPage.getByText(`${bernd.name} hat jetzt die Rolle „Arbeitsgruppe“.`).waitFor();
    await shoot(annaPage, 'role-changed');

    await sectionLink(berndPage, 'Überblick').click();
    await berndPage.reload();
    await berndPage.getByText('Ihre Rolle: Arbeitsgruppe').waitFor();
  });

  it('Anna reads the app in English and logs out', async () => {
    await annaPage.getByRole('button', { name: 'Switch to English' }).click();
    await sectionNav(annaPage, 'Sections of the initiative')
      .getByRole('link', { name: 'Members' })
      .waitFor();
    await expect(annaPage.locator('html').getAttribute('lang')).resolves.toBe('en');
    await shoot(annaPage, 'members-english');
    await annaPage.getByRole('button', { name: 'User menu' }).click();
    await annaPage.getByRole('button', { name: 'Log out' }).click();
    await annaPage.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
