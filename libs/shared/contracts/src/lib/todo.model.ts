/** What waits for a user: one kind per place where something is done. */
export const TODO_KINDS = [
  'signature',
  'transition',
  'baseline_approval',
  'report_approval',
  'value_review',
  'value_correction',
  'delivery',
  'milestone',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/**
 * The initiative's sections a to-do leads to, for count badges in its navigation: the first
 * segment of the link after `/initiatives/:id`.
 */
export type TodoSection = 'agreement' | 'phases' | 'action-plan' | 'reports' | 'measurements';

/** Where a to-do is done: router path segments (absolute) and query parameters. */
export interface TodoLink {
  path: string[];
  query: Record<string, string>;
}

export interface TodoItem {
  kind: TodoKind;
  /**
   * The name of the object: the agreement's, baseline's or report's title, an indicator, a
   * milestone; for a phase transition the phase proposed.
   */
  title: string;
  /**
   * What of the object: the partner to sign for, the version to decide on (its number), the
   * period of a value (`2026-Q4`), the measure of a milestone, the phase a transition leaves.
   */
  detail: string | null;
  initiative: { id: string; name: string };
  /** YYYY-MM-DD, when the thing has a date by which it is due. */
  dueDate: string | null;
  overdue: boolean;
  section: TodoSection;
  link: TodoLink;
}

/** The caller's to-dos in one initiative: overdue first, then by due date. */
export interface InitiativeTodos {
  items: TodoItem[];
  /** All the caller's to-dos there; `items` stops at a limit. */
  total: number;
}

/** The caller's to-dos across their initiatives, with how many each initiative holds. */
export interface MyTodos {
  items: TodoItem[];
  initiatives: { id: string; name: string; total: number }[];
  total: number;
}
