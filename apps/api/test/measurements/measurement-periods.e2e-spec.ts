import {
  COLLECTION_FREQUENCIES,
  type Measurement,
  type Role,
  recentPeriodKeys,
} from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import type { TestUser } from '../support/factories';
import { createIndicator } from '../support/phase-two';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The entry form offers the periods `recentPeriodKeys` computes instead of free text: every one
 * of them must be a period the API takes for an indicator of that frequency, with the dates the
 * API derives for it.
 */
describe('measurement periods offered by the entry form', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
    f = await createInitiativeFixture(t, users);
  });
  afterAll(() => t.close());

  it.each(COLLECTION_FREQUENCIES)(
    'takes every offered %s period, newest first',
    async (frequency) => {
      const indicator = await createIndicator(t.api, f.initiativeId, f.users.coordination, {
        frequency,
      });
      const keys = recentPeriodKeys(frequency, '2026-12-07');
      const ends: string[] = [];
      for (const period of keys) {
        const response = await t.api.post<Measurement>(
          `/api/v1/initiatives/${f.initiativeId}/indicators/${indicator.id}/measurements`,
          { period, value: 1 },
          { token: f.users.coordination.token },
        );
        expect(response.status).toBe(201);
        expect(response.body.period).toBe(period);
        ends.push(response.body.periodEnd);
      }
      expect(ends[0]! >= '2026-12-07').toBe(true);
      expect([...ends].sort().reverse()).toEqual(ends);
      expect(new Set(ends).size).toBe(keys.length);
    },
  );
});
