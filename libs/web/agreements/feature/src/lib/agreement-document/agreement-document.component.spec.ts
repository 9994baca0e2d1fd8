import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  type Initiative,
  PROBLEM_TYPES,
  type Role,
  type SignatureOverview,
  type VersionStatus,
} from '@gw/shared/contracts';
import { AgreementStore, agreementFixtures as f } from '@gw/web/agreements/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { AgreementDocumentComponent } from './agreement-document.component';
import { agreementHistory } from '../agreement-history.i18n';
import { agreements } from '../agreements.i18n';
import { loadVerificationTexts } from '@gw/web/verification/feature';

const settle = () => new Promise((resolve) => setTimeout(resolve));

const initiative = (myRole: Role): Initiative => ({
  id: f.INITIATIVE_ID,
  name: 'Jugendpakt Auenstadt',
  description: '',
  targetGroups: [],
  customTargetGroups: [],
  region: { municipality: 'Auenstadt', districts: [] },
  owner: null,
  phase: 'initiierung',
  approvalQuorum: 'majority',
  suppressionThreshold: 5,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  myRole,
});

async function render(
  role: Role,
  status: VersionStatus,
  signatures: Partial<SignatureOverview> = {},
) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(I18nService).addTexts(agreements, agreementHistory);
  TestBed.inject(I18nService).addTexts(await loadVerificationTexts());
  const backend = TestBed.inject(HttpTestingController);
  const initiatives = TestBed.inject(InitiativesStore);
  const loadInitiative = initiatives.load(f.INITIATIVE_ID);
  backend.expectOne(`/api/v1/initiatives/${f.INITIATIVE_ID}`).flush(initiative(role));
  await loadInitiative;
  const store = TestBed.inject(AgreementStore);
  const load = store.load(f.INITIATIVE_ID);
  backend.expectOne(`${f.BASE}?kind=agreement`).flush([{ id: f.ARTIFACT_ID }]);
  await settle();
  backend.expectOne(f.ARTIFACT_URL).flush(f.artifact(f.summary(1, status)));
  await load;

  const fixture = TestBed.createComponent(AgreementDocumentComponent);
  await fixture.whenStable();
  backend.expectOne(`${f.ARTIFACT_URL}/versions/1`).flush(f.version(1, status));
  await settle();
  backend
    .expectOne(`${f.ARTIFACT_URL}/versions/1/comments?status=all`)
    .flush([f.comment('c1', 'preamble')]);
  if (status !== 'draft') {
    backend.expectOne(`${f.ARTIFACT_URL}/versions/1/signatures`).flush(f.overview(signatures));
  }
  await settle();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const control = (text: string) =>
    Array.from(root.querySelectorAll<HTMLElement>('button, a')).find(
      (element) => element.textContent?.trim() === text,
    );
  const openComments = async (sectionIndex = 0) => {
    root.querySelectorAll<HTMLButtonElement>('.toggle')[sectionIndex]!.click();
    await fixture.whenStable();
  };
  return { root, backend, control, openComments, fixture };
}

describe('AgreementDocumentComponent', () => {
  it('offers the coordination office to edit and submit a draft', async () => {
    const { root, control } = await render('coordination', 'draft');
    expect(root.textContent).toContain('Fassung 1');
    expect(root.textContent).toContain('Entwurf');
    expect(control('Bearbeiten')).toBeDefined();
    expect(control('Einreichen')).toBeDefined();
    expect(control('Unterzeichnen')).toBeUndefined();
  });

  it('offers neither editing nor submitting to other roles', async () => {
    const { control } = await render('steering', 'draft');
    expect(control('Bearbeiten')).toBeUndefined();
    expect(control('Einreichen')).toBeUndefined();
  });

  it('asks a partner who may sign to sign, and shows how far the round is', async () => {
    const { root, control } = await render('partner', 'signing', {
      signable: [{ actorId: 'act-2', actorName: 'Jobcenter' }],
    });
    expect(root.textContent).toContain('Bitte unterzeichnen Sie Fassung 1 für Jobcenter.');
    expect(control('Unterzeichnen')).toBeDefined();
    expect(root.textContent).toContain('1 von 2 Partnern hat unterzeichnet');
    expect(root.textContent).toContain('Paula Partner');
  });

  it('shows no sign action to a member who represents no pending partner', async () => {
    const { control, root } = await render('partner', 'signing');
    expect(control('Unterzeichnen')).toBeUndefined();
    expect(root.querySelector('.sign-banner')).toBeNull();
  });

  it('invites a later partner to accede to the version in force, by the name the API sends', async () => {
    const { root, control } = await render('partner', 'in_force', {
      signable: [{ actorId: 'act-9', actorName: 'Sportverein Auenstadt' }],
    });
    expect(root.textContent).toContain('Sportverein Auenstadt');
    expect(control('Beitreten')).toBeDefined();
    expect(control('Austritt erfassen')).toBeUndefined();
  });

  it('offers to record the withdrawal of the partner the API names', async () => {
    const { control, fixture } = await render('coordination', 'in_force', {
      withdrawable: [{ actorId: 'act-1', actorName: 'Stadtjugendring' }],
    });
    control('Austritt erfassen')!.click();
    await fixture.whenStable();
    const dialog = document.querySelector('gw-withdraw-dialog')!;
    expect(dialog.textContent).toContain('Ich bestätige den Austritt von Stadtjugendring');
  });

  it('offers no withdrawal when the API names no partner for it', async () => {
    const { control } = await render('coordination', 'in_force');
    expect(control('Austritt erfassen')).toBeUndefined();
  });

  it('says that partners must be marked first when submitting finds no signatories', async () => {
    const { root, control, backend, fixture } = await render('coordination', 'draft');
    control('Einreichen')!.click();
    await fixture.whenStable();
    Array.from(document.querySelectorAll('gw-confirm-dialog button'))
      .find((button) => button.textContent?.includes('Verbindlich einreichen'))!
      .dispatchEvent(new Event('click'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    backend
      .expectOne(`${f.ARTIFACT_URL}/versions/1/submit`)
      .flush(
        { type: PROBLEM_TYPES.noSignatories, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('gw-version-header gw-error-message')?.textContent).toContain(
      'noch kein Akteur als Partner markiert',
    );
  });

  it('lets partners comment on a section', async () => {
    const { root, openComments } = await render('partner', 'draft');
    await openComments();
    expect(root.textContent).toContain('Kommentar c1');
    expect(root.querySelector('textarea[formcontrolname=body]')).not.toBeNull();
  });

  it('empties the comment field after saving, without calling it missing', async () => {
    const { root, backend, openComments, fixture } = await render('partner', 'draft');
    await openComments();
    const field = root.querySelector<HTMLTextAreaElement>('textarea[formcontrolname=body]')!;
    field.value = 'Bitte die Eltern erwähnen.';
    field.dispatchEvent(new Event('input'));
    field.closest('form')!.dispatchEvent(new Event('submit'));
    await settle();
    const post = backend.expectOne(`${f.ARTIFACT_URL}/versions/1/comments`);
    expect(post.request.body).toEqual({
      sectionKey: 'preamble',
      body: 'Bitte die Eltern erwähnen.',
    });
    post.flush(f.comment('c2', 'preamble', { body: 'Bitte die Eltern erwähnen.' }));
    await settle();
    await fixture.whenStable();
    expect(root.textContent).toContain('Bitte die Eltern erwähnen.');
    expect(field.value).toBe('');
    expect(root.querySelector('gw-artifact-comments mat-error')?.textContent ?? '').toBe('');
  });

  it('lets observers read comments but not write any', async () => {
    const { root, openComments } = await render('observer', 'draft');
    await openComments();
    expect(root.textContent).toContain('Kommentar c1');
    expect(root.querySelector('textarea')).toBeNull();
    expect(root.textContent).toContain('können Sie Kommentare lesen, aber keine schreiben');
  });

  it('submits a draft only after the confirmation that it is then frozen', async () => {
    const { control, backend, fixture } = await render('coordination', 'draft');
    control('Einreichen')!.click();
    await fixture.whenStable();
    const dialog = document.querySelector('gw-confirm-dialog')!;
    expect(dialog.textContent).toContain('eingefroren');
    backend.expectNone(`${f.ARTIFACT_URL}/versions/1/submit`);
    Array.from(dialog.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Verbindlich einreichen'))!
      .click();
    // The dialog resolves once its closing animation is over.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const submit = backend.expectOne(`${f.ARTIFACT_URL}/versions/1/submit`);
    expect(submit.request.method).toBe('POST');
  });
});
