import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SignaturesService } from '../agreements/signatures.service';
import { ArtifactVersionsService } from '../artifacts/artifact-versions.service';
import { DEMO_EMAIL_DOMAIN } from './demo-data';

/** The services the demo uses, so that its agreement goes through the same rules as a user's. */
@Injectable()
export class AgreementSeedServices {
  constructor(
    readonly dataSource: DataSource,
    readonly versions: ArtifactVersionsService,
    readonly signatures: SignaturesService,
  ) {}
}

/** Partners whose representatives have not signed yet: the demo `partner` login can still sign. */
const NOT_YET_SIGNED = ['partner', 'awo', 'stadtwerke'];

interface DemoMember {
  membership_id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: InitiativeAccess['role'];
}

/**
 * The demo agreement in its signature round: version 1 drafted from the initiative's data,
 * submitted by the coordination office and signed by seven of the ten partners.
 */
export async function seedAgreementRound(
  services: AgreementSeedServices,
  initiativeId: string,
): Promise<void> {
  const members: DemoMember[] = await services.dataSource.query(
    `SELECT m.id AS membership_id, u.id AS user_id, u.email, u.display_name, m.role
       FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.initiative_id = $1`,
    [initiativeId],
  );
  const act = (login: string) => {
    const member = members.find((m) => m.email === `${login}@${DEMO_EMAIL_DOMAIN}`);
    if (!member) throw new Error(`The demo seed has no member "${login}"`);
    const access: InitiativeAccess = {
      initiativeId,
      membershipId: member.membership_id,
      role: member.role,
    };
    const user: AuthenticatedUser = {
      id: member.user_id,
      email: member.email,
      displayName: member.display_name,
    };
    return { access, user };
  };
  const [artifact] = (await services.dataSource.query(
    `SELECT id FROM artifacts WHERE initiative_id = $1 AND kind = 'agreement'`,
    [initiativeId],
  )) as { id: string }[];
  if (!artifact) throw new Error('The demo initiative has no agreement');

  const coordination = act('koordination');
  const draft = await services.versions.createVersion(
    coordination.access,
    artifact.id,
    coordination.user,
  );
  await services.versions.submit(coordination.access, artifact.id, draft.number, coordination.user);

  const signers: { login: string }[] = await services.dataSource.query(
    `SELECT DISTINCT split_part(u.email, '@', 1) AS login
       FROM agreement_signatories s
       JOIN artifact_versions v ON v.id = s.version_id
       JOIN actor_representatives r ON r.actor_id = s.actor_id
       JOIN memberships m ON m.id = r.membership_id
       JOIN users u ON u.id = m.user_id
      WHERE v.artifact_id = $1`,
    [artifact.id],
  );
  for (const { login } of signers.filter((s) => !NOT_YET_SIGNED.includes(s.login))) {
    const signer = act(login);
    await services.signatures.sign(
      signer.access,
      artifact.id,
      draft.number,
      { decision: 'sign' },
      signer.user,
    );
  }
}
