import {
  type CollectionFrequency,
  indicatorVisibilitiesFor,
  ROLES,
  type TodoKind,
} from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';
import { measuredPeriodsOf } from '../../modules/measurements/measurements.queries';

/*
 * Both statements start with $1 the caller's user id and $2 one initiative's id, or null for all
 * of the caller's initiatives.
 */

/** The caller's memberships: in one initiative ($2) or in all of them. */
const MINE = `
  mine AS (
    SELECT m.id AS membership_id, m.role, i.id AS initiative_id, i.name AS initiative_name
      FROM memberships m JOIN initiatives i ON i.id = m.initiative_id
     WHERE m.user_id = $1 AND ($2::uuid IS NULL OR m.initiative_id = $2::uuid)
  )`;

/** Whether the caller's role ("mine" as `mi`) may see the indicator `i` (an SQL expression). */
const VISIBLE = `i.visibility = ANY (CASE mi.role ${ROLES.map(
  (role) => `WHEN '${role}' THEN ARRAY[${indicatorVisibilitiesFor(role).map((v) => `'${v}'`)}]`,
).join(' ')} END)`;

/** Whether the caller's membership is one of the data stewards of the indicator `i`. */
const STEWARD = `EXISTS (SELECT 1 FROM indicator_stewards s
                          WHERE s.indicator_id = i.id AND s.membership_id = mi.membership_id)`;

const COLUMNS = 'mi.initiative_id, mi.initiative_name';

/**
 * Each kind of to-do as rows of the same shape; each follows the rights of the endpoint where it
 * is done, so that nobody is told to do what they may not.
 */
const KINDS = `
  -- A partner's representative signs each version in signature its partner has to sign.
  SELECT ${COLUMNS}, 'signature' AS kind, a.title, act.name AS detail, NULL::date AS due_date,
         a.id AS ref, v.number
    FROM mine mi
    JOIN actor_representatives r ON r.membership_id = mi.membership_id
    JOIN actors act ON act.id = r.actor_id
    JOIN agreement_signatories sy ON sy.actor_id = r.actor_id
    JOIN artifact_versions v ON v.id = sy.version_id AND v.status = 'signing'
    JOIN artifacts a ON a.id = v.artifact_id AND a.initiative_id = mi.initiative_id
   WHERE NOT EXISTS (SELECT 1 FROM agreement_signatures g
                      WHERE g.version_id = v.id AND g.actor_id = r.actor_id)
  UNION ALL
  -- The steering group decides a proposed phase transition.
  SELECT ${COLUMNS}, 'transition', t.to_phase, t.from_phase, NULL, t.id, NULL
    FROM mine mi JOIN phase_transitions t ON t.initiative_id = mi.initiative_id
   WHERE mi.role = 'steering' AND t.status = 'pending'
  UNION ALL
  -- A steering member asked at submission decides a baseline or a report, once.
  SELECT ${COLUMNS},
         CASE a.kind WHEN 'action_plan' THEN 'baseline_approval' ELSE 'report_approval' END,
         a.title, v.number::text, NULL, a.id, v.number
    FROM mine mi
    JOIN artifacts a ON a.initiative_id = mi.initiative_id AND a.kind IN ('action_plan', 'impact_report')
    JOIN artifact_versions v ON v.artifact_id = a.id AND v.status IN ('submitted', 'in_review')
    JOIN artifact_approvers ap ON ap.version_id = v.id AND ap.user_id = $1
   WHERE NOT EXISTS (SELECT 1 FROM artifact_approvals d
                      WHERE d.version_id = v.id AND d.approver_id = $1)
  UNION ALL
  -- Coordination reviews submitted values, one to-do per indicator and period.
  SELECT ${COLUMNS}, 'value_review', i.name, ms.period, NULL, i.id, NULL
    FROM mine mi
    JOIN indicators i ON i.initiative_id = mi.initiative_id
    JOIN measurements ms ON ms.indicator_id = i.id AND ms.status = 'submitted'
   WHERE mi.role = 'coordination'
   GROUP BY mi.initiative_id, mi.initiative_name, i.id, i.name, ms.period
  UNION ALL
  -- The indicator's data stewards correct a returned value (coordination its own).
  SELECT ${COLUMNS}, 'value_correction', i.name, ms.period, NULL, i.id, NULL
    FROM mine mi
    JOIN indicators i ON i.initiative_id = mi.initiative_id
    JOIN measurements ms ON ms.indicator_id = i.id AND ms.status = 'returned'
   WHERE mi.role <> 'observer' AND ${VISIBLE}
     AND (${STEWARD} OR (mi.role = 'coordination' AND ms.entered_by = $1))
   GROUP BY mi.initiative_id, mi.initiative_name, i.id, i.name, ms.period
  UNION ALL
  -- Overdue milestones of running measures of the working groups the caller is in or leads.
  SELECT ${COLUMNS}, 'milestone', ml.title, me.title, ml.due_date, me.id, NULL
    FROM mine mi
    JOIN working_groups wg ON wg.initiative_id = mi.initiative_id
    JOIN measures me ON me.working_group_id = wg.id AND me.status NOT IN ('completed', 'cancelled')
    JOIN measure_milestones ml ON ml.measure_id = me.id AND NOT ml.done AND ml.due_date < $3::date
   WHERE wg.lead_member_id = mi.membership_id
      OR EXISTS (SELECT 1 FROM working_group_members wm
                  WHERE wm.working_group_id = wg.id AND wm.membership_id = mi.membership_id)`;

export interface TodoRow {
  initiative_id: string;
  initiative_name: string;
  kind: Exclude<TodoKind, 'delivery'>;
  title: string;
  detail: string | null;
  due_date: string | null;
  /** The id the link needs: the artifact, transition, indicator or measure. */
  ref: string;
  /** The version number, for signatures and approvals. */
  number: number | null;
  /** How many to-dos of these kinds the initiative holds for the caller. */
  total: number;
}

/**
 * The caller's to-dos of every kind but deliveries ($3 is today), at most $4 per initiative (overdue first,
 * then by due date), each with the initiative's total.
 */
export const TODOS = `
  WITH ${MINE}
  SELECT initiative_id, initiative_name, kind, title, detail, to_char(due_date, 'YYYY-MM-DD') AS due_date,
         ref, number, total::int AS total
    FROM (SELECT k.*, count(*) OVER (PARTITION BY initiative_id) AS total,
                 row_number() OVER (PARTITION BY initiative_id
                                    ORDER BY due_date NULLS LAST, kind, title, detail) AS n
            FROM (${KINDS}) k) ranked
   WHERE n <= $4
   ORDER BY due_date NULLS LAST, ${inGermanOrder('title')}`;

export interface DeliveryRow {
  initiative_id: string;
  initiative_name: string;
  indicator_id: string;
  name: string;
  frequency: CollectionFrequency;
  /** Since when values are expected: the baseline's date, else the day it was defined. */
  since: string;
  measured: string[];
}

/**
 * The indicators whose values the caller delivers (coordination: all; a data steward: theirs),
 * with the periods that have a value and end on or after $3; at most $4 per initiative.
 */
export const DELIVERIES = `
  WITH ${MINE}
  SELECT initiative_id, initiative_name, indicator_id, name, frequency, since, measured
    FROM (SELECT ${COLUMNS}, i.id AS indicator_id, i.name, i.frequency,
                 coalesce(i.baseline_date, i.created_at::date)::text AS since,
                 ${measuredPeriodsOf('i.id', '$3')} AS measured,
                 row_number() OVER (PARTITION BY mi.initiative_id ORDER BY i.name, i.id) AS n
            FROM mine mi JOIN indicators i ON i.initiative_id = mi.initiative_id
           WHERE ${VISIBLE}
             AND (mi.role = 'coordination' OR (mi.role <> 'observer' AND ${STEWARD}))) c
   WHERE n <= $4`;
