import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { VerificationResult } from '@gw/shared/contracts';
import { agreementFixtures as f } from '@gw/web/agreements/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { VerifyPageComponent } from './verify-page.component';
import { verification } from '../verification.i18n';

const RESULT: VerificationResult = {
  initiativeName: 'Jugendpakt Auenstadt',
  artifactKind: 'agreement',
  artifactTitle: 'Kooperationsvereinbarung',
  versionNumber: 2,
  status: 'in_force',
  contentHash: f.HASH,
  signatures: [
    { actorName: 'Stadtjugendring', decision: 'sign', signedAt: '2026-03-03T09:00:00Z' },
    { actorName: 'Jobcenter', decision: 'sign', signedAt: '2026-03-04T10:30:00Z' },
  ],
};

async function render(contentHash?: string) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(I18nService).addTexts(verification);
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(VerifyPageComponent);
  if (contentHash !== undefined) fixture.componentRef.setInput('contentHash', contentHash);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { root, backend, settle, fixture };
}

describe('VerifyPageComponent', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows initiative, document, version, state and the signing partners of a known hash', async () => {
    const { root, backend, settle } = await render(f.HASH);
    backend.expectOne(`/api/v1/verify/${f.HASH}`).flush(RESULT);
    await settle();
    const text = root.textContent ?? '';
    expect(text).toContain('Dieses Dokument ist bekannt');
    expect(text).toContain('Jugendpakt Auenstadt');
    expect(text).toContain('Kooperationsvereinbarung');
    expect(text).toContain('Fassung 2');
    expect(text).toContain('in Kraft');
    expect(text).toContain('Stadtjugendring');
    expect(text).toContain('Jobcenter');
    expect(text).toContain('4. März 2026');
  });

  it('says clearly when a hash is unknown', async () => {
    const { root, backend, settle } = await render(f.HASH);
    backend
      .expectOne(`/api/v1/verify/${f.HASH}`)
      .flush(
        { type: '/problems/not-found', title: 'Not Found', status: 404, detail: '' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    expect(root.textContent).toContain('Unbekannter Prüfwert');
    expect(root.textContent).not.toContain('Dieses Dokument ist bekannt');
  });

  it('asks nothing of the server for a malformed hash and says what a hash looks like', async () => {
    const { root, settle } = await render('1234-not-a-hash');
    await settle();
    expect(root.textContent).toContain('Ein Prüfwert besteht aus genau 64 Zeichen');
  });

  it('goes to the result page of an entered hash', async () => {
    const { root, settle } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const input = root.querySelector<HTMLInputElement>('input')!;
    input.value = `  ${f.HASH.toUpperCase()} `;
    input.dispatchEvent(new Event('input'));
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/verify', f.HASH]);
  });
});
