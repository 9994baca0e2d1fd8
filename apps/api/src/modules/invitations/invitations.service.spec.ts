import type { InvitationEntity } from './entities/invitation.entity';
import { invitationStatus } from './invitations.service';

const base = {
  revokedAt: null,
  acceptedAt: null,
  expiresAt: new Date('2026-12-01T00:00:00Z'),
} as InvitationEntity;
const now = new Date('2026-11-21T12:00:00Z');

describe('invitationStatus', () => {
  it('is pending until it expires', () => {
    expect(invitationStatus(base, now)).toBe('pending');
    expect(invitationStatus(base, new Date('2026-12-01T00:00:00Z'))).toBe('expired');
  });

  it('prefers revoked over accepted over expired', () => {
    const accepted = { ...base, acceptedAt: now };
    expect(invitationStatus({ ...accepted, expiresAt: new Date(0) }, now)).toBe('accepted');
    expect(invitationStatus({ ...accepted, revokedAt: now }, now)).toBe('revoked');
  });
});
