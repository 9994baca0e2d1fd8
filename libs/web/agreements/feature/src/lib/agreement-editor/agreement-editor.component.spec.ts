import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type Initiative, PROBLEM_TYPES } from '@gw/shared/contracts';
import { AgreementStore, agreementFixtures as f } from '@gw/web/agreements/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { AgreementEditorComponent } from './agreement-editor.component';
import { agreementHistory } from '../agreement-history.i18n';
import { agreements } from '../agreements.i18n';

const settle = () => new Promise((resolve) => setTimeout(resolve));

/** The request to `url` once the component has sent it (a loaded machine takes a few ticks). */
async function request(backend: HttpTestingController, url: string): Promise<TestRequest> {
  for (let tick = 0; tick < 100; tick += 1) {
    const [found] = backend.match(url);
    if (found) return found;
    await settle();
  }
  return backend.expectOne(url);
}

/** Waits, a tick at a time, until `condition` holds (a loaded CI machine is slower). */
async function until(condition: () => boolean, fixture?: { whenStable(): Promise<unknown> }) {
  for (let tick = 0; tick < 100 && !condition(); tick += 1) {
    await settle();
    await fixture?.whenStable();
  }
  expect(condition()).toBe(true);
}

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(I18nService).addTexts(agreements, agreementHistory);
  const backend = TestBed.inject(HttpTestingController);
  const initiatives = TestBed.inject(InitiativesStore);
  const loadInitiative = initiatives.load(f.INITIATIVE_ID);
  backend
    .expectOne(`/api/v1/initiatives/${f.INITIATIVE_ID}`)
    .flush({ id: f.INITIATIVE_ID, myRole: 'coordination' } as Initiative);
  await loadInitiative;
  const store = TestBed.inject(AgreementStore);
  const load = store.load(f.INITIATIVE_ID);
  backend.expectOne(`${f.BASE}?kind=agreement`).flush([{ id: f.ARTIFACT_ID }]);
  await settle();
  backend.expectOne(f.ARTIFACT_URL).flush(f.artifact(f.summary(1, 'draft')));
  await load;

  const fixture = TestBed.createComponent(AgreementEditorComponent);
  fixture.componentRef.setInput('number', '1');
  await fixture.whenStable();
  (await request(backend, `${f.ARTIFACT_URL}/versions/1`)).flush(
    f.version(1, 'draft', { version: 4 }),
  );
  await settle();
  (await request(backend, `${f.ARTIFACT_URL}/versions/1/comments?status=all`)).flush([]);
  await settle();
  await fixture.whenStable();

  const root = fixture.nativeElement as HTMLElement;
  const type = async (text: string) => {
    const body = root.querySelector<HTMLTextAreaElement>('textarea[formcontrolname=body]')!;
    body.value = text;
    body.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const save = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
  };
  return { root, backend, fixture, type, save, editor: fixture.componentInstance };
}

describe('AgreementEditorComponent', () => {
  it('shows each section with a live preview', async () => {
    const { root, type } = await render();
    expect(root.querySelectorAll('textarea[formcontrolname=body]')).toHaveLength(9);
    await type('## Unser Anlass\n\n- **alle** zusammen');
    const preview = root.querySelector('.preview')!;
    expect(preview.querySelector('h5')?.textContent).toBe('Unser Anlass');
    expect(preview.querySelector('strong')?.textContent).toBe('alle');
  });

  it('tells about unsaved changes and guards them', async () => {
    const { root, type, editor } = await render();
    expect(root.textContent).toContain('Alle Änderungen sind gespeichert.');
    expect(editor.hasUnsavedChanges()).toBe(false);
    await type('Neuer Text');
    expect(root.textContent).toContain('Ungespeicherte Änderungen');
    expect(root.querySelector('.changed')?.textContent).toContain('geändert');
    expect(editor.hasUnsavedChanges()).toBe(true);
  });

  it('saves with the row version it read', async () => {
    const { root, backend, type, save, fixture, editor } = await render();
    await type('Neuer Text');
    await save();
    const patch = await request(backend, `${f.ARTIFACT_URL}/versions/1`);
    expect(patch.request.method).toBe('PATCH');
    const body = patch.request.body as { version: number; content: { sections: unknown[] } };
    expect(body.version).toBe(4);
    expect(body.content.sections[0]).toEqual({
      key: 'preamble',
      title: 'Titel preamble',
      body: 'Neuer Text',
    });
    const saved = f.content();
    saved.sections[0]!.body = 'Neuer Text';
    patch.flush(f.version(1, 'draft', { content: saved, version: 5 }));
    await settle();
    await fixture.whenStable();
    expect(editor.hasUnsavedChanges()).toBe(false);
    expect(root.textContent).toContain('Alle Änderungen sind gespeichert.');
  });

  it('on a stale version explains it and offers to reload', async () => {
    const { root, backend, type, save, fixture } = await render();
    await type('Meine Fassung');
    await save();
    (await request(backend, `${f.ARTIFACT_URL}/versions/1`)).flush(
      { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
      { status: 409, statusText: 'Conflict' },
    );
    await until(
      () => !!root.textContent?.includes('Jemand anderes hat diesen Entwurf inzwischen geändert.'),
      fixture,
    );

    const reload = Array.from(root.querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === 'Neu laden',
    )!;
    reload.click();
    await settle();
    const theirs = f.content(() => 'Fassung der Kollegin');
    (await request(backend, `${f.ARTIFACT_URL}/versions/1`)).flush(
      f.version(1, 'draft', { content: theirs, version: 6 }),
    );
    await settle();
    (await request(backend, `${f.ARTIFACT_URL}/versions/1/comments?status=all`)).flush([]);
    await until(() => !root.textContent?.includes('Jemand anderes hat diesen Entwurf'), fixture);
    expect(root.querySelector<HTMLTextAreaElement>('textarea[formcontrolname=body]')!.value).toBe(
      'Fassung der Kollegin',
    );
    await type('Zweiter Versuch');
    await save();
    expect(
      ((await request(backend, `${f.ARTIFACT_URL}/versions/1`)).request.body as { version: number })
        .version,
    ).toBe(6);
  });
});
