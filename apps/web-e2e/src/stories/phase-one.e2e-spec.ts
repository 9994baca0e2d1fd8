import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  baseUrl,
  launchBrowser,
  newVisitor,
  pageErrors,
  screenshots,
  toast,
  dialog,
  openSection,
  sectionLink,
  partnerCell,
} from '../support/browser';
import { acceptInvitation, person, register } from '../support/people';

/**
 * Phase 1 from start to end. Katrin (coordination office) starts the "Jugendpakt Lindenfeld",
 * plans the checklist, invites two partners and a member of the steering group, writes the shared
 * goal, maps the actors and drafts the cooperation agreement. The Stadtjugendring signs the first
 * version, the Jobcenter declines it; the second version is signed by both and is in force.
 * Anyone can check the signatures by the hash. Katrin proposes the phase Gestaltung, and Eva
 * (steering group) approves.
 */
describe('Story: phase 1, from the first login to the decision for Gestaltung', () => {
  const shoot = screenshots('phase-one');
  const run = Date.now();
  const katrin = person('Katrin Berger', 'katrin', 'lindenfeld.example', run);
  const paul = person('Paul Nowak', 'paul', 'sjr-lindenfeld.example', run);
  const sevim = person('Sevim Yilmaz', 'sevim', 'jobcenter-lindenfeld.example', run);
  const eva = person('Eva Brandt', 'eva', 'lindenfeld.example', run);
  const initiative = 'Jugendpakt Lindenfeld';
  const sjr = 'Stadtjugendring Lindenfeld';
  const jobcenter = 'Jobcenter Lindenfeld';
  const declineReason = 'Die Beiträge des Jobcenters sind noch nicht beschrieben.';

  let browser: Browser;
  let coordination: Page;
  let partner1: Page;
  let partner2: Page;
  let steering: Page;
  let initiativeUrl = '';
  const links = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchBrowser();
    [coordination, partner1, partner2, steering] = await Promise.all(
      Array.from({ length: 4 }, () => newVisitor(browser)),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A picture of what the screen shows around `target` (a long page's part that matters). */
  async function shootAt(page: Page, target: Locator, step: string): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    await shoot(page, step, { fullPage: false });
  }

  /** A picture of what a phone shows of the same page: its top, or around `target`. */
  async function onPhone(page: Page, step: string, target?: Locator): Promise<void> {
    await page.setViewportSize(PHONE);
    if (target) await shootAt(page, target, step);
    else await shoot(page, step, { fullPage: false });
    await page.setViewportSize(DESKTOP);
  }

  const signatures = (page: Page) => page.getByRole('region', { name: 'Unterzeichnung' });
  const contributions = (page: Page) =>
    page.getByRole('region', { name: '5. Beiträge und Ressourcen der Partner' });

  /** The editor's card of one section, by its numbered heading ("8. Laufzeit"). */
  function editorSection(page: Page, heading: string): Locator {
    return page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
  }

  /** Opens the draft in the editor and rewrites one section; `shown`: a phrase of its preview. */
  async function editSection(page: Page, heading: string, text: string, shown: string) {
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await page.getByRole('heading', { name: /Fassung \d bearbeiten/ }).waitFor();
    const section = editorSection(page, heading);
    await section.getByLabel('Text (Markdown)').fill(text);
    await section.getByText('geändert', { exact: true }).waitFor();
    await section
      .getByRole('region', { name: /^Vorschau/ })
      .getByText(shown)
      .waitFor();
  }

  async function submitVersion(page: Page, number: number): Promise<void> {
    await page.getByRole('button', { name: 'Einreichen' }).click();
    await dialog(page).getByText('eingefroren', { exact: false }).waitFor();
    await dialog(page).getByRole('button', { name: 'Verbindlich einreichen' }).click();
    await toast(page, `Fassung ${number} ist eingereicht.`).waitFor();
  }

  /** What waits for the user: on the start page and on the initiative's overview. */
  const todos = (page: Page) => page.getByRole('region', { name: 'Was auf Sie wartet' });

  /**
   * A partner's representative signs (or declines) the version for their partner, on the
   * agreement's page (opened here unless `opened`).
   */
  async function decide(
    page: Page,
    number: number,
    actor: string,
    reason?: string,
    opened = false,
  ) {
    if (!opened) await openSection(page, initiativeUrl, 'Kooperationsvereinbarung');
    const banner = page.getByRole('region', {
      name: `Bitte unterzeichnen Sie Fassung ${number} für ${actor}.`,
    });
    await banner.getByRole('button', { name: 'Unterzeichnen' }).click();
    const form = dialog(page);
    await form.getByRole('heading', { name: `Fassung ${number} unterzeichnen` }).waitFor();
    if (reason) {
      await form.getByRole('radio', { name: 'Ablehnen' }).check();
      await form.getByLabel('Begründung').fill(reason);
      await form
        .getByRole('checkbox', { name: `Ich lehne diese Fassung für ${actor} ab.` })
        .check();
    } else {
      await form
        .getByRole('checkbox', { name: `Ich unterzeichne diese Fassung für ${actor}.` })
        .check();
    }
    return form;
  }

  it('Katrin registers and creates the initiative, which starts in Initiierung', async () => {
    await coordination.goto(`${baseUrl()}/auth/register`);
    await register(coordination, katrin);
    await coordination.getByRole('heading', { name: 'Meine Initiativen' }).waitFor();
    await coordination.getByRole('link', { name: 'Initiative anlegen' }).click();
    await coordination.getByLabel('Name der Initiative').fill(initiative);
    await coordination
      .getByLabel('Beschreibung')
      .fill('Verwaltung, Träger und Schulen begleiten junge Menschen gemeinsam in den Beruf.');
    await coordination.getByRole('checkbox', { name: 'Junge Menschen' }).check();
    await coordination.getByLabel('Kommune').fill('Lindenfeld');
    await coordination.getByLabel('Eigner').fill('Bürgermeisterin Dr. Eva Brandt');
    await shoot(coordination, 'create-form');
    await coordination.getByRole('button', { name: 'Initiative anlegen' }).click();

    await coordination.getByRole('heading', { level: 1, name: initiative }).waitFor();
    initiativeUrl = coordination.url();
    const current = coordination
      .getByRole('list', { name: 'Phasen der Initiative' })
      .locator('[aria-current="step"]');
    await expect(current.textContent()).resolves.toContain('Initiierung');
    await shoot(coordination, 'overview');
  });

  it('Katrin sees the checklist of phase 1 and plans a step: status, responsible, due date', async () => {
    await sectionLink(coordination, 'Phasen').click();
    const steps = coordination.getByRole('list', { name: 'Schritte der Phase Initiierung' });
    await steps.getByText('Steuerungsgruppe bilden').waitFor();
    await expect(steps.getByRole('listitem').count()).resolves.toBe(4);
    await shoot(coordination, 'checklist');

    await coordination
      .getByRole('button', { name: '„Steuerungsgruppe bilden“ bearbeiten' })
      .click();
    const form = dialog(coordination);
    await form.getByRole('combobox', { name: 'Status' }).click();
    await coordination.getByRole('option', { name: 'in Arbeit' }).click();
    await form.getByRole('combobox', { name: 'Verantwortlich' }).click();
    await coordination.getByRole('option', { name: katrin.name }).click();
    await form.getByLabel('Fällig am').fill('30.06.2027');
    await form.getByLabel('Notiz').fill('Erste Sitzung im Rathaus, mit der Bürgermeisterin.');
    await shoot(coordination, 'step-dialog', { fullPage: false });
    await form.getByRole('button', { name: 'Speichern' }).click();

    await toast(coordination, 'Der Schritt wurde gespeichert.').waitFor();
    const step = steps.getByRole('listitem').filter({ hasText: 'Steuerungsgruppe bilden' });
    await step.getByText('30. Juni 2027').waitFor();
    await step.getByText(katrin.name).waitFor();
    await expect(
      coordination
        .getByRole('combobox', { name: 'Status von „Steuerungsgruppe bilden“' })
        .textContent(),
    ).resolves.toContain('in Arbeit');
    await shoot(coordination, 'step-planned');
    await onPhone(coordination, 'checklist-phone');
  });

  it('Katrin invites Paul and Sevim as partners and Eva into the steering group', async () => {
    await sectionLink(coordination, 'Mitglieder').click();
    await coordination.getByRole('heading', { name: 'Jemanden einladen' }).waitFor();
    for (const [someone, role] of [
      [paul, 'Partner'],
      [sevim, 'Partner'],
      [eva, 'Steuerungsgruppe'],
    ] as const) {
      await coordination.getByLabel('E-Mail-Adresse').fill(someone.email);
      await coordination.getByRole('radio', { name: role }).check();
      await coordination.getByRole('button', { name: 'Einladung erstellen' }).click();
      // The link the form shows is the one for this address: no mail server in this test.
      await coordination.getByRole('status').filter({ hasText: someone.email }).waitFor();
      links.set(
        someone.email,
        await coordination.getByRole('textbox', { name: 'Einladungslink' }).inputValue(),
      );
    }
    const pending = coordination.getByRole('list', { name: 'Offene Einladungen' });
    for (const someone of [paul, sevim, eva]) await pending.getByText(someone.email).waitFor();
    await shoot(coordination, 'invitations');
  });

  it('Paul, Sevim and Eva open their links, register and join the initiative', async () => {
    const joiners = [
      [partner1, paul, 'Partner'],
      [partner2, sevim, 'Partner'],
      [steering, eva, 'Steuerungsgruppe'],
    ] as const;
    for (const [page, someone, role] of joiners) {
      await acceptInvitation(page, links.get(someone.email) ?? '', someone, () =>
        someone === paul ? shoot(page, 'invitation-accept') : Promise.resolve(),
      );
      await page.getByRole('heading', { level: 1, name: initiative }).waitFor();
      await page.getByText(`Ihre Rolle: ${role}`).waitFor();
    }
    await shoot(steering, 'steering-overview');

    await coordination.reload();
    const members = coordination.getByRole('table', { name: 'Mitglieder der Initiative' });
    for (const someone of [paul, sevim, eva]) await members.getByText(someone.email).waitFor();
    await shoot(coordination, 'members');
  });

  it('Katrin writes the shared goal: a vision and two goals', async () => {
    await sectionLink(coordination, 'Zielsetzung').click();
    await coordination.getByRole('button', { name: 'Zielsetzung formulieren' }).click();
    await coordination
      .getByLabel('Vision')
      .fill('Jeder junge Mensch in Lindenfeld findet nach der Schule seinen Weg in Ausbildung.');
    const goals = [
      ['Übergänge begleiten', 'Niemand verlässt die Schule ohne Anschluss.'],
      ['Angebote bündeln', 'Beratung aus einer Hand, in jedem Stadtteil.'],
    ];
    for (const [index, [title, text]] of goals.entries()) {
      if (await coordination.getByText(`Ziel ${index + 1}`, { exact: true }).isHidden()) {
        await coordination.getByRole('button', { name: 'Ziel hinzufügen' }).click();
      }
      const goal = coordination
        .getByRole('listitem')
        .filter({ has: coordination.getByText(`Ziel ${index + 1}`, { exact: true }) });
      await goal.getByLabel('Ziel', { exact: true }).fill(title ?? '');
      await goal.getByLabel('Erläuterung').fill(text ?? '');
    }
    await shoot(coordination, 'goal-editor');
    await coordination.getByRole('button', { name: 'Speichern' }).click();

    await toast(coordination, 'Die Zielsetzung wurde gespeichert.').waitFor();
    await coordination.getByRole('heading', { name: 'Übergänge begleiten' }).waitFor();
    await coordination.getByRole('heading', { name: 'Angebote bündeln' }).waitFor();
    await shoot(coordination, 'goal');
  });

  it('Katrin adds three actors, two of them partners; the summary names the missing areas', async () => {
    await sectionLink(coordination, 'Akteure').click();
    const actors = [
      { name: sjr, area: 'Soziales', kind: 'freier Träger', partner: true },
      { name: jobcenter, area: 'Arbeit und Wirtschaft', kind: 'Verwaltung', partner: true },
      { name: 'Jugendamt Lindenfeld', area: 'Bildung', kind: 'Verwaltung', partner: false },
    ];
    for (const actor of actors) {
      await coordination.getByRole('button', { name: 'Akteur hinzufügen' }).first().click();
      const form = dialog(coordination);
      await form.getByLabel('Institution').fill(actor.name);
      await form.getByRole('combobox', { name: 'Bereich' }).click();
      await coordination.getByRole('option', { name: actor.area }).click();
      await form.getByRole('combobox', { name: 'Art' }).click();
      await coordination.getByRole('option', { name: actor.kind }).click();
      await form.getByRole('checkbox', { name: 'Geplantes Mitglied der Kerngruppe' }).check();
      if (actor.partner) await form.getByRole('checkbox', { name: 'Partner', exact: true }).check();
      if (actor.name === jobcenter) await shoot(coordination, 'actor-dialog', { fullPage: false });
      await form.getByRole('button', { name: 'Speichern' }).click();
      await toast(coordination, `${actor.name} wurde hinzugefügt.`).waitFor();
      await form.waitFor({ state: 'detached' });
    }
    await coordination
      .getByText(
        'Für die Kerngruppe fehlt noch ein geplantes Mitglied aus: Migration und Integration.',
      )
      .waitFor();
    for (const name of [sjr, jobcenter]) {
      await expect(partnerCell(coordination, name).textContent()).resolves.toContain('Ja');
    }
    await shoot(coordination, 'actors');
    await onPhone(coordination, 'actors-phone');
  });

  it('Katrin makes Paul the representative of the Stadtjugendring and Sevim of the Jobcenter', async () => {
    for (const [actor, someone] of [
      [sjr, paul],
      [jobcenter, sevim],
    ] as const) {
      await coordination.getByRole('button', { name: `${actor} bearbeiten` }).click();
      const form = dialog(coordination);
      await form.getByRole('combobox', { name: 'Mitglied' }).click();
      await coordination.getByRole('option', { name: someone.name }).click();
      await form.getByRole('button', { name: 'Als Vertretung hinzufügen' }).click();
      await form
        .getByText(`${someone.name} vertritt jetzt ${actor}.`)
        .waitFor({ state: 'attached' });
      await form
        .getByRole('button', { name: `${someone.name} als Vertretung entfernen` })
        .waitFor();
      if (someone === paul) {
        const add = form.getByRole('button', { name: 'Als Vertretung hinzufügen' });
        await shootAt(coordination, add, 'representative');
      }
      await form.getByRole('button', { name: 'Abbrechen' }).click();
      await form.waitFor({ state: 'detached' });
    }
  });

  it('Katrin creates the agreement draft, prefilled with the goal and both partners', async () => {
    await sectionLink(coordination, 'Kooperationsvereinbarung').click();
    await coordination.getByRole('heading', { name: 'Noch kein Entwurf' }).waitFor();
    await coordination.getByRole('button', { name: 'Entwurf erstellen' }).click();

    await coordination.getByRole('heading', { name: 'Fassung 1' }).waitFor();
    const partners = coordination.getByRole('region', { name: '3. Partner' });
    await partners.getByText(`${sjr} (Soziales, freier Träger)`, { exact: false }).waitFor();
    await partners.getByText(`${jobcenter} (Arbeit und Wirtschaft`, { exact: false }).waitFor();
    await expect(partners.getByText('Jugendamt Lindenfeld').count()).resolves.toBe(0);
    await coordination
      .getByRole('region', { name: '2. Gemeinsame Zielsetzung' })
      .getByText('Übergänge begleiten')
      .waitFor();
    await shoot(coordination, 'agreement-draft');
  });

  it('Katrin edits the section on the term of the agreement', async () => {
    const term =
      'Die Vereinbarung gilt ab der Unterzeichnung für **drei Jahre**. Sie verlängert sich um je ein Jahr, wenn kein Partner widerspricht.';
    await editSection(coordination, '8. Laufzeit', term, 'drei Jahre');
    await shoot(coordination, 'agreement-editor', { fullPage: false });
    await coordination.getByRole('button', { name: 'Speichern' }).click();
    await toast(coordination, 'Der Entwurf ist gespeichert.').waitFor();
    await coordination.getByText('Alle Änderungen sind gespeichert.').waitFor();
    await coordination.getByRole('link', { name: 'Zur Ansicht' }).click();
    await coordination
      .getByRole('region', { name: '8. Laufzeit' })
      .getByText('drei Jahre', { exact: true })
      .waitFor();
  });

  it('Paul comments on the contributions of the partners', async () => {
    await openSection(partner1, initiativeUrl, 'Kooperationsvereinbarung');
    await partner1.getByRole('heading', { name: 'Fassung 1' }).waitFor();
    await partner1
      .getByRole('button', {
        name: /^Kommentare .*zum Abschnitt „Beiträge und Ressourcen der Partner“/,
      })
      .click();
    await partner1
      .getByLabel('Ihr Kommentar')
      .fill('Bitte die Räume des Jugendzentrums als Beitrag des Stadtjugendrings nennen.');
    await partner1.getByRole('button', { name: 'Kommentieren' }).click();
    await toast(partner1, 'Ihr Kommentar ist gespeichert.').waitFor();
    await shootAt(partner1, contributions(partner1), 'partner-comment');
  });

  it('Katrin takes up the comment and marks it as resolved', async () => {
    await coordination.reload();
    const toggle = coordination.getByRole('button', {
      name: 'Kommentare 1 offen zum Abschnitt „Beiträge und Ressourcen der Partner“',
    });
    await toggle.click();
    await coordination.getByText('Bitte die Räume des Jugendzentrums', { exact: false }).waitFor();
    await shootAt(coordination, contributions(coordination), 'comment-open');
    await coordination
      .getByRole('button', { name: `Kommentar von ${paul.name} als erledigt markieren` })
      .click();
    await toast(coordination, 'Der Kommentar ist als erledigt markiert.').waitFor();
    await coordination.getByText('Keine offenen Kommentare zu diesem Abschnitt.').waitFor();
  });

  it('Katrin proposes Gestaltung too early and is told that no agreement is in force', async () => {
    await sectionLink(coordination, 'Phasen').click();
    await coordination.getByRole('button', { name: 'Phasenwechsel vorschlagen' }).click();
    await coordination.getByLabel('Begründung').fill('Der Entwurf ist fast fertig.');
    await coordination.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await coordination
      .getByRole('alert')
      .getByText('Es ist noch keine Fassung der Kooperationsvereinbarung in Kraft.', {
        exact: false,
      })
      .waitFor();
    await shoot(coordination, 'transition-refused');
    await coordination.getByRole('button', { name: 'Abbrechen' }).click();
  });

  it('Katrin submits version 1 for signature', async () => {
    await sectionLink(coordination, 'Kooperationsvereinbarung').click();
    await coordination.getByRole('heading', { name: 'Fassung 1' }).waitFor();
    await submitVersion(coordination, 1);
    await coordination.getByText('0 von 2 Partnern haben unterzeichnet').waitFor();
    await coordination.getByLabel('Prüfwert (SHA-256)').waitFor();
    await shoot(coordination, 'submitted');
  });

  it('Paul sees on his start page and on the overview that his signature waits', async () => {
    const waiting = (page: Page) =>
      todos(page).getByRole('link', { name: /Kooperationsvereinbarung unterschreiben/ });
    await partner1.goto(`${baseUrl()}/initiatives`);
    await waiting(partner1).getByText(`für ${sjr} · ${initiative}`).waitFor();
    await shoot(partner1, 'todo-start');
    await onPhone(partner1, 'todo-start-phone', todos(partner1));

    await partner1.goto(initiativeUrl);
    await waiting(partner1).getByText(`für ${sjr}`, { exact: true }).waitFor();
    await shootAt(partner1, todos(partner1), 'todo-overview');
    await onPhone(partner1, 'todo-overview-phone', todos(partner1));
    await waiting(partner1).click();
    await partner1.waitForURL(/\/agreement\?v=1$/);
  });

  it('Paul signs version 1 for the Stadtjugendring, and the to-do is gone', async () => {
    const form = await decide(partner1, 1, sjr, undefined, true);
    await shoot(partner1, 'sign-dialog', { fullPage: false });
    await form.getByRole('button', { name: 'Verbindlich unterzeichnen' }).click();
    await toast(partner1, `Ihre Unterschrift für ${sjr} ist gespeichert.`).waitFor();
    await partner1.getByText('1 von 2 Partnern hat unterzeichnet').waitFor();
    await shootAt(partner1, signatures(partner1), 'signed-by-paul');

    await partner1.goto(initiativeUrl);
    await todos(partner1).getByText('Nichts offen').waitFor();
    await shootAt(partner1, todos(partner1), 'todo-done');
    await partner1.goto(`${baseUrl()}/initiatives`);
    await todos(partner1).getByText('Nichts offen').waitFor();
  });

  it('Sevim declines version 1 for the Jobcenter and gives a reason', async () => {
    await partner2.setViewportSize(PHONE);
    const form = await decide(partner2, 1, jobcenter, declineReason);
    await shoot(partner2, 'decline-dialog-phone', { fullPage: false });
    await partner2.setViewportSize(DESKTOP);
    await form.getByRole('button', { name: 'Verbindlich ablehnen' }).click();
    await toast(partner2, `Ihre Ablehnung für ${jobcenter} ist gespeichert.`).waitFor();
  });

  it('Katrin reads why the Jobcenter declined', async () => {
    await coordination.reload();
    await coordination.getByText(`Begründung: ${declineReason}`).waitFor();
    await coordination.getByText('Ein Partner hat abgelehnt.', { exact: false }).waitFor();
    await shootAt(coordination, signatures(coordination), 'declined');
  });

  it('Katrin starts version 2 and describes the contributions of the Jobcenter', async () => {
    await coordination.getByRole('button', { name: 'Neue Fassung erstellen' }).click();
    await toast(coordination, 'Fassung 2 wurde als Entwurf angelegt.').waitFor();
    await coordination.getByRole('heading', { name: 'Fassung 2' }).waitFor();
    await editSection(
      coordination,
      '5. Beiträge und Ressourcen der Partner',
      // The prefilled text, with the contributions agreed since (the partners in the same order).
      'Jeder Partner bringt Beiträge und Ressourcen ein:\n\n' +
        `- **${jobcenter}:** eine Beratungsstelle an jeder Schule, Daten zu Übergängen.\n` +
        `- **${sjr}:** Räume des Jugendzentrums, offene Sprechstunden.`,
      'eine Beratungsstelle an jeder Schule',
    );
    await coordination.getByRole('button', { name: 'Speichern' }).click();
    await toast(coordination, 'Der Entwurf ist gespeichert.').waitFor();
    await coordination.getByRole('link', { name: 'Zur Ansicht' }).click();
    await coordination.getByRole('heading', { name: 'Fassung 2' }).waitFor();
  });

  it('Katrin compares version 1 with version 2', async () => {
    await coordination.getByRole('link', { name: 'Vergleichen' }).click();
    await coordination.getByText('1 von 9 Abschnitten geändert').waitFor();
    await coordination
      .getByRole('region', { name: 'Beiträge und Ressourcen der Partner' })
      .locator('ins')
      .first()
      .waitFor();
    await shoot(coordination, 'compare');
    await coordination.getByRole('link', { name: 'Dokument' }).click();
  });

  it('Katrin submits version 2 for signature', async () => {
    await coordination.getByRole('heading', { name: 'Fassung 2' }).waitFor();
    await submitVersion(coordination, 2);
    await coordination.getByText('0 von 2 Partnern haben unterzeichnet').waitFor();
  });

  it('Paul and Sevim sign version 2, which is then in force', async () => {
    for (const [page, actor] of [
      [partner1, sjr],
      [partner2, jobcenter],
    ] as const) {
      const form = await decide(page, 2, actor);
      await form.getByRole('button', { name: 'Verbindlich unterzeichnen' }).click();
      await toast(page, `Ihre Unterschrift für ${actor} ist gespeichert.`).waitFor();
    }
    await partner2
      .getByText('Alle Partner haben unterzeichnet. Diese Fassung ist in Kraft.')
      .waitFor();
    await shootAt(partner2, signatures(partner2), 'in-force');
    await onPhone(partner2, 'in-force-phone');
  });

  it('Anyone, logged out, checks the signatures by the hash of version 2', async () => {
    await coordination.reload();
    await coordination.getByText('2 von 2 Partnern haben unterzeichnet').waitFor();
    const hash = (await coordination.getByLabel('Prüfwert (SHA-256)').textContent())?.trim() ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const href = await coordination
      .getByRole('link', { name: 'Prüfseite öffnen' })
      .getAttribute('href');
    expect(href).toBe(`/verify/${hash}`);

    const visitor = await newVisitor(browser);
    await visitor.goto(`${baseUrl()}${href}`);
    await visitor.getByRole('heading', { name: 'Dieses Dokument ist bekannt' }).waitFor();
    const result = visitor.getByRole('region', { name: 'Dieses Dokument ist bekannt' });
    await result.getByText(initiative).waitFor();
    await result.getByText('Fassung 2').waitFor();
    for (const actor of [sjr, jobcenter]) {
      await expect(
        result.getByRole('listitem').filter({ hasText: actor }).textContent(),
      ).resolves.toContain('unterzeichnet');
    }
    await shoot(visitor, 'verify');
    await onPhone(
      visitor,
      'verify-phone',
      result.getByRole('heading', { name: 'Unterzeichnungen' }),
    );
    await visitor.context().close();
  });

  it('Katrin downloads the PDF of version 2', async () => {
    const [download] = await Promise.all([
      coordination.waitForEvent('download'),
      coordination.getByRole('button', { name: 'PDF herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('Katrin proposes the phase Gestaltung with a rationale', async () => {
    await sectionLink(coordination, 'Phasen').click();
    await coordination.getByRole('button', { name: 'Phasenwechsel vorschlagen' }).click();
    await coordination
      .getByLabel('Begründung')
      .fill('Die Kooperationsvereinbarung ist von allen Partnern unterzeichnet und in Kraft.');
    await coordination.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await toast(coordination, 'Ihr Vorschlag wurde der Steuerungsgruppe vorgelegt.').waitFor();
    await coordination
      .getByRole('heading', { name: 'Vorschlag: Wechsel in die Phase Gestaltung' })
      .waitFor();
    await shoot(coordination, 'proposed');
  });

  it('Eva, for the steering group, approves the move to Gestaltung', async () => {
    await openSection(steering, initiativeUrl, 'Phasen');
    const proposal = steering.getByRole('region', { name: 'Zur Entscheidung' });
    await proposal.getByText('Die Kooperationsvereinbarung ist von allen Partnern').waitFor();
    await proposal.getByLabel('Kommentar').fill('Einstimmig in der Sitzung beschlossen.');
    await shoot(steering, 'decision');
    await proposal.getByRole('button', { name: 'Zustimmen' }).click();
    await dialog(steering)
      .getByText('Die Initiative wechselt sofort in die Phase Gestaltung.')
      .waitFor();
    await shoot(steering, 'approve-confirm', { fullPage: false });
    await dialog(steering).getByRole('button', { name: 'Zustimmen' }).click();
    await toast(
      steering,
      'Zugestimmt: Die Initiative ist jetzt in der Phase Gestaltung.',
    ).waitFor();
  });

  it('Katrin sees the initiative in Gestaltung, with the proposal and decision in the history', async () => {
    await openSection(coordination, initiativeUrl, 'Phasen');
    const history = coordination.getByRole('list', {
      name: 'Vorschläge und Entscheidungen, die neuesten zuerst',
    });
    const approved = history.getByRole('listitem').filter({ hasText: 'Zugestimmt' });
    await approved.getByText(`Vorgeschlagen von ${katrin.name}`, { exact: false }).waitFor();
    await approved.getByText(`Entschieden von ${eva.name}`, { exact: false }).waitFor();
    await approved.getByText('Einstimmig in der Sitzung beschlossen.').waitFor();
    await shoot(coordination, 'history');

    await sectionLink(coordination, 'Überblick').click();
    const current = coordination
      .getByRole('list', { name: 'Phasen der Initiative' })
      .locator('[aria-current="step"]');
    await current.getByText('Gestaltung').waitFor();
    await shoot(coordination, 'overview-gestaltung');
    await onPhone(coordination, 'overview-gestaltung-phone');
    expect(pageErrors).toEqual([]);
  });
});
