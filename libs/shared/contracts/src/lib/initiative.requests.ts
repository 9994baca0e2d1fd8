import type { ApprovalQuorum } from './approval.model';
import type { Region } from './initiative.model';
import type { TargetGroup } from './target-group';

export const INITIATIVE_LIMITS = {
  name: 200,
  description: 5000,
  owner: 200,
  municipality: 200,
  district: 100,
  districts: 50,
  customTargetGroup: 100,
  customTargetGroups: 20,
} as const;

/** The bounds of an initiative's small-cell suppression threshold (the database checks them too). */
export const SUPPRESSION_THRESHOLD_LIMITS = { min: 1, max: 100 } as const;

export interface CreateInitiativeRequest {
  name: string;
  description?: string;
  targetGroups: TargetGroup[];
  customTargetGroups?: string[];
  region: Region;
  owner?: string | null;
}

/** Every field optional but `version`, the one the client last read. */
export interface UpdateInitiativeRequest extends Partial<CreateInitiativeRequest> {
  approvalQuorum?: ApprovalQuorum;
  suppressionThreshold?: number;
  version: number;
}
