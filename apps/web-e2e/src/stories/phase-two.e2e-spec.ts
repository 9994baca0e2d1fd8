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
} from '../support/browser';
import { acceptInvitation, person, register } from '../support/people';

/** The action plan's own views; the initiative's navigation names the baselines too. */
const actionPlanViews = (page: Page) =>
  page.getByRole('navigation', { name: 'Ansichten des Aktionsplans' });

/**
 * Phase 2 from start to end. Katrin (coordination office) starts the "Übergangspakt Weidenbach"
 * and brings it into Gestaltung: Jonas and Lea join the steering group, the Stadtjugendring signs
 * the cooperation agreement (Jonas represents it), Lea approves the move. Then Katrin sets up two
 * working groups, plans measures with goals, dates, milestones and a dependency, and defines the
 * shared indicators with a dimension and a collection plan. She submits the action plan as a
 * baseline; the quorum is "all", so Jonas and Lea both approve it. Katrin proposes Umsetzung,
 * Jonas approves, and the initiative is in Umsetzung.
 */
describe('Story: phase 2, from the signed agreement to the approved action plan', () => {
  const shoot = screenshots('phase-two');
  const run = Date.now();
  const katrin = person('Katrin Berger', 'katrin', 'weidenbach.example', run);
  const jonas = person('Jonas Weber', 'jonas', 'sjr-weidenbach.example', run);
  const lea = person('Lea Sommer', 'lea', 'weidenbach.example', run);
  const initiative = 'Übergangspakt Weidenbach';
  const sjr = 'Stadtjugendring Weidenbach';
  const jobcenter = 'Jobcenter Weidenbach';
  const goals = ['Übergänge begleiten', 'Angebote bündeln'];
  const groups = ['AG Übergang Schule–Beruf', 'AG Beratung aus einer Hand'];
  const kickoff = 'Auftaktwerkstatt mit Schulen und Betrieben';
  const coaching = 'Übergangscoaching an allen Schulen';
  const indicator = 'Jugendliche mit Anschlussperspektive';
  const satisfaction = 'Zufriedenheit mit der Beratung';

  let browser: Browser;
  let coordination: Page;
  let steering1: Page;
  let steering2: Page;
  let initiativeUrl = '';
  const links = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchBrowser();
    [coordination, steering1, steering2] = await Promise.all(
      Array.from({ length: 3 }, () => newVisitor(browser)),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function onPhone(page: Page, step: string): Promise<void> {
    await page.setViewportSize(PHONE);
    await shoot(page, step);
    await page.setViewportSize(DESKTOP);
  }

  /** Chooses options of a select in `scope`; a multiple select is closed afterwards. */
  async function choose(page: Page, scope: Locator, label: string, options: string[]) {
    // An empty select's long label rests over its middle: the click lands on the label, as a
    // user's would, and the form field passes it on to the select.
    await scope.getByRole('combobox', { name: label, exact: true }).click({ force: true });
    const listbox = page.getByRole('listbox');
    const multiple = (await listbox.getAttribute('aria-multiselectable')) === 'true';
    for (const option of options) {
      await listbox.getByRole('option', { name: option, exact: true }).click();
    }
    // A multiple select stays open for more choices; Escape closes it (and not the dialog).
    if (multiple) await page.keyboard.press('Escape');
    await listbox.waitFor({ state: 'detached' });
  }

  /** The steering member asked approves the phase transition proposed to them. */
  async function approveTransition(page: Page, phase: string): Promise<void> {
    await openSection(page, initiativeUrl, 'Phasen');
    const proposal = page.getByRole('region', { name: 'Zur Entscheidung' });
    await proposal.getByRole('button', { name: 'Zustimmen' }).click();
    await dialog(page).getByText(`Die Initiative wechselt sofort in die Phase ${phase}.`).waitFor();
    await dialog(page).getByRole('button', { name: 'Zustimmen' }).click();
    await toast(page, `Zugestimmt: Die Initiative ist jetzt in der Phase ${phase}.`).waitFor();
  }

  async function propose(page: Page, rationale: string): Promise<void> {
    await sectionLink(page, 'Phasen').click();
    await page.getByRole('button', { name: 'Phasenwechsel vorschlagen' }).click();
    await page.getByLabel('Begründung').fill(rationale);
    await page.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await toast(page, 'Ihr Vorschlag wurde der Steuerungsgruppe vorgelegt.').waitFor();
  }

  it('Katrin registers and creates the initiative', async () => {
    await coordination.goto(`${baseUrl()}/auth/register`);
    await register(coordination, katrin);
    await coordination.getByRole('heading', { name: 'Meine Initiativen' }).waitFor();
    await coordination.getByRole('link', { name: 'Initiative anlegen' }).click();
    await coordination.getByLabel('Name der Initiative').fill(initiative);
    await coordination
      .getByLabel('Beschreibung')
      .fill('Schulen, Jobcenter und Träger begleiten junge Menschen gemeinsam in Ausbildung.');
    await coordination.getByRole('checkbox', { name: 'Junge Menschen' }).check();
    await coordination.getByLabel('Kommune').fill('Weidenbach');
    await coordination.getByRole('button', { name: 'Initiative anlegen' }).click();
    await coordination.getByRole('heading', { level: 1, name: initiative }).waitFor();
    initiativeUrl = coordination.url();
  });

  it('Katrin invites Jonas and Lea into the steering group; both join', async () => {
    await sectionLink(coordination, 'Mitglieder').click();
    await coordination.getByRole('heading', { name: 'Jemanden einladen' }).waitFor();
    for (const someone of [jonas, lea]) {
      await coordination.getByLabel('E-Mail-Adresse').fill(someone.email);
      await coordination.getByRole('radio', { name: 'Steuerungsgruppe' }).check();
      await coordination.getByRole('button', { name: 'Einladung erstellen' }).click();
      // No mail server in this test: the form shows the link for this address.
      await coordination.getByRole('status').filter({ hasText: someone.email }).waitFor();
      links.set(
        someone.email,
        await coordination.getByRole('textbox', { name: 'Einladungslink' }).inputValue(),
      );
    }
    for (const [page, someone] of [
      [steering1, jonas],
      [steering2, lea],
    ] as const) {
      await acceptInvitation(page, links.get(someone.email) ?? '', someone);
      await page.getByRole('heading', { level: 1, name: initiative }).waitFor();
      await page.getByText('Ihre Rolle: Steuerungsgruppe').waitFor();
    }
  });

  it('Katrin writes two goals and adds the Stadtjugendring (a partner, represented by Jonas) and the Jobcenter', async () => {
    await openSection(coordination, initiativeUrl, 'Zielsetzung');
    await coordination.getByRole('button', { name: 'Zielsetzung formulieren' }).click();
    await coordination
      .getByLabel('Vision')
      .fill('Jeder junge Mensch in Weidenbach findet nach der Schule seinen Weg.');
    for (const [index, title] of goals.entries()) {
      if (await coordination.getByText(`Ziel ${index + 1}`, { exact: true }).isHidden()) {
        await coordination.getByRole('button', { name: 'Ziel hinzufügen' }).click();
      }
      await coordination
        .getByRole('listitem')
        .filter({ has: coordination.getByText(`Ziel ${index + 1}`, { exact: true }) })
        .getByLabel('Ziel', { exact: true })
        .fill(title);
    }
    await coordination.getByRole('button', { name: 'Speichern' }).click();
    await toast(coordination, 'Die Zielsetzung wurde gespeichert.').waitFor();

    await sectionLink(coordination, 'Akteure').click();
    for (const actor of [
      { name: sjr, area: 'Soziales', kind: 'freier Träger', partner: true },
      { name: jobcenter, area: 'Arbeit und Wirtschaft', kind: 'Verwaltung', partner: false },
    ]) {
      await coordination.getByRole('button', { name: 'Akteur hinzufügen' }).first().click();
      const form = dialog(coordination);
      await form.getByLabel('Institution').fill(actor.name);
      await choose(coordination, form, 'Bereich', [actor.area]);
      await choose(coordination, form, 'Art', [actor.kind]);
      if (actor.partner) await form.getByRole('checkbox', { name: 'Partner', exact: true }).check();
      await form.getByRole('button', { name: 'Speichern' }).click();
      await toast(coordination, `${actor.name} wurde hinzugefügt.`).waitFor();
      await form.waitFor({ state: 'detached' });
    }
    await coordination.getByRole('button', { name: `${sjr} bearbeiten` }).click();
    const form = dialog(coordination);
    await choose(coordination, form, 'Mitglied', [jonas.name]);
    await form.getByRole('button', { name: 'Als Vertretung hinzufügen' }).click();
    await form.getByRole('button', { name: `${jonas.name} als Vertretung entfernen` }).waitFor();
    await form.getByRole('button', { name: 'Abbrechen' }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('The agreement comes into force: Katrin submits the draft, Jonas signs for the Stadtjugendring', async () => {
    await sectionLink(coordination, 'Kooperationsvereinbarung').click();
    await coordination.getByRole('button', { name: 'Entwurf erstellen' }).click();
    await coordination.getByRole('heading', { name: 'Fassung 1' }).waitFor();
    await coordination.getByRole('button', { name: 'Einreichen' }).click();
    await dialog(coordination).getByRole('button', { name: 'Verbindlich einreichen' }).click();
    await toast(coordination, 'Fassung 1 ist eingereicht.').waitFor();

    await openSection(steering1, initiativeUrl, 'Kooperationsvereinbarung');
    await steering1
      .getByRole('region', { name: `Bitte unterzeichnen Sie Fassung 1 für ${sjr}.` })
      .getByRole('button', { name: 'Unterzeichnen' })
      .click();
    const form = dialog(steering1);
    await form
      .getByRole('checkbox', { name: `Ich unterzeichne diese Fassung für ${sjr}.` })
      .check();
    await form.getByRole('button', { name: 'Verbindlich unterzeichnen' }).click();
    await toast(steering1, `Ihre Unterschrift für ${sjr} ist gespeichert.`).waitFor();
    await steering1
      .getByText('Alle Partner haben unterzeichnet. Diese Fassung ist in Kraft.')
      .waitFor();
  });

  it('Katrin proposes Gestaltung, Lea approves', async () => {
    await coordination.reload();
    await propose(coordination, 'Die Kooperationsvereinbarung ist unterzeichnet und in Kraft.');
    await approveTransition(steering2, 'Gestaltung');
    await openSection(coordination, initiativeUrl, 'Überblick');
    await coordination
      .getByRole('list', { name: 'Phasen der Initiative' })
      .locator('[aria-current="step"]')
      .getByText('Gestaltung')
      .waitFor();
  });

  it('Katrin sets up two working groups', async () => {
    await sectionLink(coordination, 'Arbeitsgruppen').click();
    for (const name of groups) {
      await coordination.getByRole('button', { name: 'Arbeitsgruppe anlegen' }).first().click();
      const form = dialog(coordination);
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Auftrag').fill('Maßnahmen für gute Übergänge planen und umsetzen.');
      await choose(coordination, form, 'Leitung', [katrin.name]);
      await choose(coordination, form, 'Beteiligte Akteure', [sjr]);
      await form.getByRole('button', { name: 'Speichern' }).click();
      await toast(coordination, `Die Arbeitsgruppe „${name}“ wurde angelegt.`).waitFor();
      await form.waitFor({ state: 'detached' });
    }
  });

  it('Katrin plans two measures with goals, dates and milestones; the coaching depends on the kickoff', async () => {
    await sectionLink(coordination, 'Aktionsplan').click();
    const measures = [
      {
        title: kickoff,
        group: groups[0]!,
        goals: [goals[0]!],
        lead: jobcenter,
        start: '01.02.2027',
        end: '31.03.2027',
        milestone: ['Einladungen verschickt', '15.02.2027'],
        dependsOn: [] as string[],
      },
      {
        title: coaching,
        group: groups[0]!,
        goals: goals,
        lead: sjr,
        start: '01.04.2027',
        end: '31.07.2028',
        milestone: ['Coaches an allen Schulen im Einsatz', '30.09.2027'],
        dependsOn: [kickoff],
      },
    ];
    for (const measure of measures) {
      await coordination.getByRole('button', { name: 'Maßnahme anlegen' }).first().click();
      const form = dialog(coordination);
      await form.getByLabel('Titel').fill(measure.title);
      await form.getByLabel('Beginn').fill(measure.start);
      await form.getByLabel('Ende', { exact: true }).fill(measure.end);
      await form.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
      const [title, due] = measure.milestone;
      await form.getByLabel('Bezeichnung').fill(title ?? '');
      await form.getByLabel('Fällig am').fill(due ?? '');
      await choose(coordination, form, 'Ziele', measure.goals);
      await choose(coordination, form, 'Arbeitsgruppe', [measure.group]);
      await choose(coordination, form, 'Federführender Akteur', [measure.lead]);
      if (measure.dependsOn.length) {
        await choose(coordination, form, 'Abhängigkeiten', measure.dependsOn);
      }
      await form.getByRole('button', { name: 'Speichern' }).click();
      await toast(coordination, `Die Maßnahme „${measure.title}“ wurde angelegt.`).waitFor();
      await form.waitFor({ state: 'detached' });
    }
    await coordination.getByText(coaching).first().waitFor();
    await shoot(coordination, 'measures-table');
    await onPhone(coordination, 'measures-table-phone');
  });

  it('Katrin looks at the timeline and the matrix of actors and goals', async () => {
    await coordination.getByRole('link', { name: 'Zeitplan' }).click();
    await coordination.getByText(coaching).first().waitFor();
    await shoot(coordination, 'timeline');
    await coordination.getByRole('link', { name: 'Akteure × Ziele' }).click();
    await coordination.getByText(sjr).first().waitFor();
    await shoot(coordination, 'matrix');
  });

  it('Katrin adds the dimension Stadtteil with three values in order', async () => {
    await sectionLink(coordination, 'Indikatoren').click();
    await coordination.getByRole('heading', { name: 'Noch keine Indikatoren' }).waitFor();
    await coordination.getByRole('link', { name: 'Disaggregationsmerkmale' }).click();
    await coordination.getByRole('button', { name: 'Merkmal anlegen' }).first().click();
    const form = dialog(coordination);
    await form.getByLabel('Bezeichnung').fill('Stadtteil');
    const values = ['Nordstadt', 'Altstadt', 'Am Hafen'];
    for (const [index, value] of values.entries()) {
      if (index > 0) await form.getByRole('button', { name: 'Wert hinzufügen' }).click();
      await form.getByLabel(`Wert ${index + 1}`, { exact: true }).fill(value);
    }
    // Altstadt first: the order of values is the order in tables and reports.
    await form.getByRole('button', { name: 'Wert 2 nach oben' }).click();
    // The rows swap on the next render: wait for it rather than read once.
    const first = await form.getByLabel('Wert 1', { exact: true }).elementHandle();
    await coordination.waitForFunction(
      (input) => (input as HTMLInputElement).value === 'Altstadt',
      first,
    );
    await shoot(coordination, 'dimension-dialog', { fullPage: false });
    await form.getByRole('button', { name: 'Speichern' }).click();
    await toast(coordination, '„Stadtteil“ wurde angelegt.').waitFor();
    const list = coordination.getByRole('list', { name: 'Werte von „Stadtteil“' });
    await expect(list.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Altstadt',
      'Nordstadt',
      'Am Hafen',
    ]);
  });

  it('Katrin defines two indicators: one by Stadtteil, with baseline, targets and a steward', async () => {
    await coordination.getByRole('link', { name: 'Katalog' }).click();
    const indicators = [
      {
        name: indicator,
        category: 'Geht es jemandem besser?',
        unit: '%',
        goals: [goals[0]!],
        baseline: ['62,5', '31.07.2026'],
        targets: [
          ['70', '31.07.2028'],
          ['80', '31.07.2030'],
        ],
        frequency: 'vierteljährlich',
        actor: jobcenter,
        dimensions: ['Stadtteil'],
      },
      {
        name: satisfaction,
        category: 'Wie gut haben wir es getan?',
        unit: '%',
        goals: goals,
        baseline: null,
        targets: [['85', '31.12.2028']],
        frequency: 'jährlich',
        actor: sjr,
        dimensions: [],
      },
    ];
    for (const item of indicators) {
      await coordination.getByRole('button', { name: 'Indikator anlegen' }).first().click();
      const form = dialog(coordination);
      await form.getByRole('heading', { name: 'Indikator anlegen' }).waitFor();
      await form.getByLabel('Bezeichnung').fill(item.name);
      await form
        .getByLabel('Definition')
        .fill('Anteil der Abgangsklassen, erhoben mit den Schulen.');
      await form.getByRole('radio', { name: item.category }).check();
      await form.getByLabel('Einheit').fill(item.unit);
      await choose(coordination, form, 'Ziele', item.goals);
      if (item.baseline) {
        await form.getByLabel('Wert', { exact: true }).fill(item.baseline[0] ?? '');
        await form.getByLabel('Stand vom').fill(item.baseline[1] ?? '');
      }
      for (const [index, [value, date]] of item.targets.entries()) {
        await form.getByRole('button', { name: 'Zielwert hinzufügen' }).click();
        const target = form.getByRole('group', { name: `Zielwert ${index + 1}` });
        await target.getByRole('textbox', { name: `Zielwert ${index + 1}` }).fill(value ?? '');
        await target.getByRole('textbox', { name: 'Zu erreichen bis' }).fill(date ?? '');
      }
      await choose(coordination, form, 'Erhebung', [item.frequency]);
      await choose(coordination, form, 'Verantwortlicher Akteur', [item.actor]);
      await choose(coordination, form, 'Datenverantwortliche', [katrin.name]);
      if (item.dimensions.length) {
        await choose(coordination, form, 'Aufschlüsselung nach', item.dimensions);
        await choose(coordination, form, 'Sichtbarkeit', ['Für Partner']);
        await shoot(coordination, 'indicator-dialog', { fullPage: false });
      }
      await form.getByRole('button', { name: 'Speichern' }).click();
      await toast(coordination, `„${item.name}“ wurde angelegt.`).waitFor();
      await form.waitFor({ state: 'detached' });
    }

    const first = coordination.getByRole('region', { name: `Ziel ${goals[0]}` });
    const card = first.getByRole('article', { name: indicator });
    await card.getByText('62,5 %').waitFor();
    await card.getByText('70 % bis 31. Juli 2028').waitFor();
    await card.getByText('Stadtteil').waitFor();
    // The satisfaction serves both goals: it is listed under each.
    for (const goal of goals) {
      await coordination
        .getByRole('region', { name: `Ziel ${goal}` })
        .getByRole('article', { name: satisfaction })
        .waitFor();
    }
    await shoot(coordination, 'indicator-catalogue');
    await onPhone(coordination, 'indicator-catalogue-phone');
  });

  it('Katrin reads the collection plan, and marks what would be overdue on an earlier day', async () => {
    await coordination.getByRole('link', { name: 'Erhebungsplan' }).click();
    const table = coordination.getByRole('table', { name: 'Erhebungsplan, nach Fälligkeit' });
    // Past quarters since the baseline still without a value come first; the quarter running
    // today is due last, and not overdue.
    const row = table.getByRole('row').filter({ hasText: indicator }).last();
    await row.getByText(katrin.name).waitFor();
    await row.getByText(jobcenter).waitFor();
    await expect(row.getByText('überfällig').count()).resolves.toBe(0);
    await shoot(coordination, 'collection-plan');

    // Four months ago the quarter then running has long been due: its value is overdue now.
    const earlier = new Date();
    earlier.setDate(earlier.getDate() - 120);
    const day = [earlier.getDate(), earlier.getMonth() + 1]
      .map((n) => String(n).padStart(2, '0'))
      .concat(String(earlier.getFullYear()))
      .join('.');
    await coordination.getByLabel('Stichtag').fill(day);
    await coordination.getByLabel('Stichtag').press('Tab');
    await table.getByRole('row').filter({ hasText: indicator }).getByText('überfällig').waitFor();
    await shoot(coordination, 'collection-plan-overdue');
    await onPhone(coordination, 'collection-plan-phone');
  });

  it('Katrin asks for the approval of all steering members and submits the first baseline', async () => {
    await sectionLink(coordination, 'Aktionsplan').click();
    await actionPlanViews(coordination).getByRole('link', { name: 'Basislinien' }).click();
    await coordination.getByRole('heading', { name: 'Noch keine Basislinie' }).waitFor();

    await coordination.getByRole('radio', { name: /^Alle/ }).check();
    await coordination.getByRole('button', { name: 'Regel speichern' }).click();
    await toast(coordination, 'Die Regel ist gespeichert: Alle.').waitFor();

    await coordination.getByRole('button', { name: 'Basislinie beginnen' }).click();
    await toast(coordination, 'Basislinie 1 wurde als Entwurf angelegt.').waitFor();
    await coordination.getByRole('heading', { name: 'Basislinie 1', exact: true }).waitFor();
    await coordination.getByRole('button', { name: 'Zur Freigabe einreichen' }).click();
    await dialog(coordination).getByText('eingefroren', { exact: false }).waitFor();
    await shoot(coordination, 'baseline-submit-confirm', { fullPage: false });
    await dialog(coordination).getByRole('button', { name: 'Verbindlich einreichen' }).click();
    await toast(coordination, 'Basislinie 1 ist eingereicht.').waitFor();
    await coordination.getByText('0 von 2 nötigen Zustimmungen').waitFor();
    await coordination.getByLabel('Prüfwert (SHA-256)').waitFor();
    await shoot(coordination, 'baseline-submitted');
  });

  it('Jonas and Lea, both asked, approve the baseline; it is approved', async () => {
    for (const [page, someone, progress] of [
      [steering1, jonas, '1 von 2 nötigen Zustimmungen'],
      [steering2, lea, '2 von 2 nötigen Zustimmungen'],
    ] as const) {
      await openSection(page, initiativeUrl, 'Aktionsplan');
      await actionPlanViews(page).getByRole('link', { name: 'Basislinien' }).click();
      await page.getByText('Ihre Entscheidung ist gefragt.').waitFor();
      await page.getByRole('link', { name: 'Ansehen und entscheiden' }).click();
      const panel = page.getByRole('region', { name: 'Freigabe durch die Steuerungsgruppe' });
      await panel.getByLabel('Kommentar').fill(`Für die Steuerungsgruppe: ${someone.name}.`);
      if (someone === jonas) await shoot(page, 'baseline-decision');
      await panel.getByRole('button', { name: 'Zustimmen' }).click();
      await dialog(page).getByText('Ihre Zustimmung gilt genau dieser Fassung.').waitFor();
      await dialog(page).getByRole('button', { name: 'Zustimmen' }).click();
      await panel.getByText(progress).waitFor();
      await panel
        .getByRole('listitem')
        .filter({ hasText: someone.name })
        .getByText('hat zugestimmt', { exact: false })
        .waitFor();
    }
    await toast(steering2, 'Basislinie 1 ist freigegeben.').waitFor();
    await coordination.reload();
    await coordination.getByText('freigegeben', { exact: true }).first().waitFor();
    await coordination.getByText(`Für die Steuerungsgruppe: ${lea.name}.`).waitFor();
    await shoot(coordination, 'baseline-approved');
    await onPhone(steering2, 'baseline-approved-phone');
  });

  it('Katrin proposes Umsetzung, Jonas approves; the initiative is in Umsetzung', async () => {
    await openSection(coordination, initiativeUrl, 'Überblick');
    await propose(coordination, 'Der Aktionsplan ist von der Steuerungsgruppe freigegeben.');
    await approveTransition(steering1, 'Umsetzung');
    await openSection(coordination, initiativeUrl, 'Überblick');
    await coordination
      .getByRole('list', { name: 'Phasen der Initiative' })
      .locator('[aria-current="step"]')
      .getByText('Umsetzung')
      .waitFor();
    await coordination.getByText('Phase: Umsetzung').waitFor();
    // What waits for Katrin depends on the day: past quarters of the indicator still without a value.
    await coordination.getByRole('region', { name: 'Was auf Sie wartet' }).waitFor();
    await shoot(coordination, 'overview-umsetzung');
    await onPhone(coordination, 'overview-umsetzung-phone');
    expect(pageErrors).toEqual([]);
  });
});
