import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Initiative, Role } from '@gw/shared/contracts';
import { agreementFixtures as f } from '@gw/web/agreements/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { AgreementPageComponent } from './agreement-page.component';
import { agreementHistory } from '../agreement-history.i18n';
import { agreements } from '../agreements.i18n';

const settle = () => new Promise((resolve) => setTimeout(resolve));

async function render(myRole: Role) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(I18nService).addTexts(agreements, agreementHistory);
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(InitiativesStore).load(f.INITIATIVE_ID);
  backend
    .expectOne(`/api/v1/initiatives/${f.INITIATIVE_ID}`)
    .flush({ id: f.INITIATIVE_ID, myRole } as Initiative);
  await loading;
  const fixture = TestBed.createComponent(AgreementPageComponent);
  await fixture.whenStable();
  backend.expectOne(`${f.BASE}?kind=agreement`).flush([{ id: f.ARTIFACT_ID }]);
  await settle();
  backend.expectOne(f.ARTIFACT_URL).flush(f.artifact());
  await settle();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  return { root, backend, button, fixture };
}

describe('AgreementPageComponent', () => {
  it('invites the coordination office to create the first, prefilled draft', async () => {
    const { root, backend, button, fixture } = await render('coordination');
    expect(root.textContent).toContain('Noch kein Entwurf');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    button('Entwurf erstellen')!.click();
    await settle();
    const create = backend.expectOne(`${f.ARTIFACT_URL}/versions`);
    expect(create.request.method).toBe('POST');
    create.flush(f.version(1, 'draft'));
    await settle();
    backend.expectOne(`${f.BASE}?kind=agreement`).flush([{ id: f.ARTIFACT_ID }]);
    await settle();
    backend.expectOne(f.ARTIFACT_URL).flush(f.artifact(f.summary(1, 'draft')));
    await settle();
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(
      ['./'],
      expect.objectContaining({ queryParams: { v: 1 } }),
    );
  });

  it('tells everyone else that the coordination office has not drafted yet', async () => {
    const { root, button } = await render('partner');
    expect(root.textContent).toContain('Die Koordinationsstelle hat noch keinen Entwurf erstellt.');
    expect(button('Entwurf erstellen')).toBeUndefined();
  });
});
