/** The common agenda (gemeinsame Zielsetzung): a vision and the goals that serve it. */
export const SHARED_GOAL_LIMITS = {
  vision: 4000,
  goals: 30,
  title: 200,
  description: 4000,
} as const;

export interface Goal {
  id: string;
  title: string;
  description: string;
  position: number;
}

export interface SharedGoal {
  vision: string;
  goals: Goal[];
  version: number;
  updatedAt: string | null;
}

export interface GoalInput {
  /** An existing goal's id keeps it (and what refers to it); without id a goal is new. */
  id?: string;
  title: string;
  description?: string;
}

/** Replaces the vision and the list of goals; goals left out are deleted. */
export interface UpdateSharedGoalRequest {
  vision: string;
  goals: GoalInput[];
  version: number;
}
