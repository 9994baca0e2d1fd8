import { TestBed } from '@angular/core/testing';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { initiative, query, settle, setUp } from '../testing/baseline-fixtures';
import { QuorumSettingComponent } from './quorum-setting.component';

async function render(role: 'coordination' | 'steering') {
  const setup = await setUp(role, 'u1', []);
  const fixture = TestBed.createComponent(QuorumSettingComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const choose = async (label: string) => {
    const radio = Array.from(root.querySelectorAll('mat-radio-button')).find((item) =>
      item.textContent?.includes(label),
    );
    radio!.querySelector('input')!.click();
    await fixture.whenStable();
  };
  const save = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
  };
  return { ...setup, fixture, root, choose, save, ...query(root) };
}

describe('QuorumSettingComponent', () => {
  it('sends the chosen rule with the version of the initiative last read', async () => {
    const { choose, save, backend } = await render('coordination');
    await choose('Alle');
    await save();
    const request = backend.expectOne('/api/v1/initiatives/i1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ approvalQuorum: 'all', version: 7 });
    request.flush({ ...initiative('coordination'), approvalQuorum: 'all', version: 8 });
  });

  it('offers to reload when someone else changed the initiative meanwhile', async () => {
    const { choose, save, backend, fixture, text } = await render('coordination');
    await choose('Eine Person');
    await save();
    backend
      .expectOne('/api/v1/initiatives/i1')
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(text()).toContain('Jemand anderes hat die Initiative inzwischen geändert.');
  });

  it('shows everyone else the rule in plain words, without a form', async () => {
    const { root, text } = await render('steering');
    expect(root.querySelector('form')).toBeNull();
    expect(text()).toContain(
      'Die Mehrheit: Mehr als die Hälfte der gefragten Mitglieder muss zustimmen',
    );
  });
});
