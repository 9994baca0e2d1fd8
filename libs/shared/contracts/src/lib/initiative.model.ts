import type { ApprovalQuorum } from './approval.model';
import type { Phase } from './phase';
import type { Role } from './role';
import type { TargetGroup } from './target-group';

export interface Region {
  municipality: string;
  districts: string[];
}

export interface Initiative {
  id: string;
  name: string;
  description: string;
  targetGroups: TargetGroup[];
  /** Target groups outside the predefined list, as entered. */
  customTargetGroups: string[];
  region: Region;
  /** The Eigner: the lead member of the administration's board, as free text. */
  owner: string | null;
  phase: Phase;
  /** How many steering members must approve action-plan baselines and reports. */
  approvalQuorum: ApprovalQuorum;
  /**
   * In every public view, a disaggregated value resting on fewer cases than this is suppressed,
   * so that no small group of people can be identified.
   */
  suppressionThreshold: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The caller's role in this initiative. */
  myRole: Role;
}

/** One row of "my initiatives". */
export interface InitiativeSummary {
  id: string;
  name: string;
  municipality: string;
  phase: Phase;
  myRole: Role;
  createdAt: string;
}
