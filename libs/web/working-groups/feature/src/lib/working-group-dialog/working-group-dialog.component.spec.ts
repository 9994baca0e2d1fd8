import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PROBLEM_TYPES, type Member, type WorkingGroup } from '@gw/shared/contracts';
import { AuthStore } from '@gw/web/shared/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { WorkingGroupsStore } from '@gw/web/working-groups/data-access';
import {
  WorkingGroupDialogComponent,
  type WorkingGroupDialogData,
} from './working-group-dialog.component';
import { workingGroups } from '../working-groups.i18n';
import { fakeDialogRef } from '@gw/web/shared/ui';

const BASE = '/api/v1/initiatives/i1';

const group = (overrides: Partial<WorkingGroup> = {}): WorkingGroup => ({
  id: 'wg1',
  name: 'AG Ankommen',
  mandate: 'Sprachförderung und Beratung.',
  lead: { memberId: 'm-lead', displayName: 'Leyla Aksoy' },
  members: [{ memberId: 'm-gone', displayName: 'Früheres Mitglied' }],
  actorIds: ['a1'],
  measureCount: 3,
  version: 4,
  createdAt: '',
  updatedAt: '',
  ...overrides,
});

const member = (id: string, displayName: string): Member => ({
  id,
  userId: `u-${id}`,
  email: `${id}@example.org`,
  displayName,
  role: 'working_group',
  version: 1,
  joinedAt: '',
});

async function render(data: Partial<WorkingGroupDialogData> = {}) {
  localStorage.clear();
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: AuthStore, useValue: { user: signal(null) } },
      { provide: MatDialogRef, useValue: fakeDialogRef(close) },
      {
        provide: MAT_DIALOG_DATA,
        useValue: {
          group: group(),
          members: [member('m-lead', 'Leyla Aksoy'), member('m-2', 'Stefan Wolf')],
          actors: [{ id: 'a1', name: 'Ausländerbehörde' }],
          ...data,
        },
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(workingGroups);
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(WorkingGroupsStore).load('i1');
  backend.expectOne(`${BASE}/working-groups`).flush([group()]);
  backend
    .expectOne((req) => req.url === `${BASE}/members`)
    .flush({ items: [], total: 0, page: 1, pageSize: 100 });
  await loading;
  const fixture = TestBed.createComponent(WorkingGroupDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const field = (name: string) =>
    root.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[formcontrolname=${name}]`)!;
  const type = (name: string, value: string) => {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
  };
  return { root, backend, settle, field, type, submit, close };
}

describe('WorkingGroupDialogComponent', () => {
  it('sends name, mandate, lead, members and actors with the version it read', async () => {
    const { type, submit, backend, close } = await render();
    type('name', '  AG Ankommen und Bleiben ');
    await submit();
    const request = backend.expectOne(`${BASE}/working-groups/wg1`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      name: 'AG Ankommen und Bleiben',
      mandate: 'Sprachförderung und Beratung.',
      leadMemberId: 'm-lead',
      memberIds: ['m-gone'],
      actorIds: ['a1'],
      version: 4,
    });
    request.flush(group({ name: 'AG Ankommen und Bleiben', version: 5 }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ version: 5 }));
  });

  it('asks for a name when adding a group, at the field', async () => {
    const { submit, backend, root, type } = await render({ group: null });
    await submit();
    backend.expectNone(`${BASE}/working-groups`);
    expect(root.querySelector('mat-error')?.textContent).toContain(
      'Bitte füllen Sie dieses Feld aus.',
    );
    type('name', 'AG Wirkungsanalyse');
    await submit();
    expect(backend.expectOne(`${BASE}/working-groups`).request.body).toEqual({
      name: 'AG Wirkungsanalyse',
      mandate: '',
      leadMemberId: null,
      memberIds: [],
      actorIds: [],
    });
  });

  it('shows a taken name at the name field', async () => {
    const { submit, backend, root, settle } = await render();
    await submit();
    backend.expectOne(`${BASE}/working-groups/wg1`).flush(
      {
        type: PROBLEM_TYPES.duplicateName,
        title: 'Conflict',
        status: 409,
        detail: '',
        errors: [{ field: 'name', message: 'name is taken', code: 'duplicate' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(root.querySelector('mat-error')?.textContent).toContain(
      'Dieser Eintrag ist schon vorhanden.',
    );
  });

  it('on a stale version says so and offers the version someone else saved', async () => {
    const { submit, backend, root, settle, field } = await render();
    await submit();
    backend
      .expectOne(`${BASE}/working-groups/wg1`)
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(root.textContent).toContain('Jemand anderes hat diese Arbeitsgruppe');
    Array.from(root.querySelectorAll('button'))
      .find((button) => button.textContent?.trim() === 'Neu laden')!
      .click();
    await settle();
    backend.expectOne(`${BASE}/working-groups`).flush([group({ name: 'AG Neu', version: 7 })]);
    await settle();
    expect(field('name').value).toBe('AG Neu');
    await submit();
    expect(backend.expectOne(`${BASE}/working-groups/wg1`).request.body).toMatchObject({
      version: 7,
    });
  });
});
