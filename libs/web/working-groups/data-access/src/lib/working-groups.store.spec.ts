import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import type { Member, WorkingGroup } from '@gw/shared/contracts';
import { AuthStore } from '@gw/web/shared/data-access';
import { WorkingGroupsStore, groupIdsOfMember } from './working-groups.store';

const BASE = '/api/v1/initiatives/i1';

const group = (overrides: Partial<WorkingGroup> = {}): WorkingGroup => ({
  id: 'wg1',
  name: 'AG Übergang Schule–Beruf',
  mandate: '',
  lead: { memberId: 'mem-lead', displayName: 'Tobias Krüger' },
  members: [{ memberId: 'mem-1', displayName: 'Nicole Braun' }],
  actorIds: [],
  measureCount: 4,
  version: 2,
  createdAt: '',
  updatedAt: '',
  ...overrides,
});

const member = (id: string, userId: string): Member => ({
  id,
  userId,
  email: `${userId}@example.org`,
  displayName: userId,
  role: 'working_group',
  version: 1,
  joinedAt: '',
});

describe('groupIdsOfMember', () => {
  const groups = [
    group(),
    group({ id: 'wg2', lead: null, members: [{ memberId: 'mem-2', displayName: 'B' }] }),
  ];

  it('counts a membership as in a group as member or as its lead', () => {
    expect([...groupIdsOfMember(groups, 'mem-1')]).toEqual(['wg1']);
    expect([...groupIdsOfMember(groups, 'mem-lead')]).toEqual(['wg1']);
    expect([...groupIdsOfMember(groups, 'mem-2')]).toEqual(['wg2']);
  });

  it('finds no group without a membership', () => {
    expect(groupIdsOfMember(groups, null).size).toBe(0);
    expect(groupIdsOfMember(groups, 'mem-x').size).toBe(0);
  });
});

describe('WorkingGroupsStore', () => {
  async function loaded() {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { user: signal({ id: 'user-nicole' }) } },
      ],
    });
    const store = TestBed.inject(WorkingGroupsStore);
    const backend = TestBed.inject(HttpTestingController);
    const load = store.load('i1');
    backend.expectOne(`${BASE}/working-groups`).flush([group()]);
    backend
      .expectOne((req) => req.url === `${BASE}/members`)
      .flush({
        items: [member('mem-1', 'user-nicole'), member('mem-9', 'user-other')],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await load;
    return { store, backend };
  }

  it("knows the signed-in user's membership and groups", async () => {
    const { store } = await loaded();
    expect(store.myMemberId()).toBe('mem-1');
    expect([...store.myGroupIds()]).toEqual(['wg1']);
  });

  it('sends the version it read with a change and shows the saved group', async () => {
    const { store, backend } = await loaded();
    const saving = store.update(group(), { name: 'AG Übergang', memberIds: ['mem-1', 'mem-9'] });
    const request = backend.expectOne(`${BASE}/working-groups/wg1`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      name: 'AG Übergang',
      memberIds: ['mem-1', 'mem-9'],
      version: 2,
    });
    request.flush(group({ name: 'AG Übergang', version: 3 }));
    await saving;
    expect(store.groups()?.[0]).toMatchObject({ name: 'AG Übergang', version: 3 });
  });

  it('drops a deleted group from the list', async () => {
    const { store, backend } = await loaded();
    const removing = store.remove(group());
    const request = backend.expectOne(`${BASE}/working-groups/wg1`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null);
    await removing;
    expect(store.groups()).toEqual([]);
  });
});
