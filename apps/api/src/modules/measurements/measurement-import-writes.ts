import type { EntityManager } from 'typeorm';
import type { MeasurementImportResult } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { statusAfterEntry } from './measurement-rights';
import { recordRevisions } from './measurement-writes';
import {
  INSERT_VALUES,
  STORED_VALUES,
  type StoredValue,
  UPDATE_VALUES,
} from './measurements-writes.queries';
import type { MeasurementTableRow } from './table/read-measurement-table';

/** The reason a changed value gets in its history when an import corrects it. */
export const IMPORT_REASON = 'Import';

/** Enters the new values, corrects the changed ones, counts the rest; in the transaction. */
export async function writeImport(
  manager: EntityManager,
  caller: { access: InitiativeAccess; user: AuthenticatedUser },
  rows: MeasurementTableRow[],
): Promise<MeasurementImportResult> {
  const indicatorIds = [...new Set(rows.map((row) => row.indicatorId))];
  const stored = (await manager.query(STORED_VALUES, [indicatorIds])) as StoredValue[];
  const { created, changed } = compare(rows, stored);
  // Rows of a steward's indicators only got here: their status follows the caller's role.
  const status = statusAfterEntry({ role: caller.access.role, steward: true });
  await recordRevisions(
    manager,
    changed.map((c) => c.id),
    { action: 'corrected', user: caller.user, reason: IMPORT_REASON },
  );
  if (changed.length > 0) await updateValues(manager, changed, status);
  if (created.length > 0) await insertValues(manager, created, status, caller.user.id);
  return {
    created: created.length,
    updated: changed.length,
    unchanged: rows.length - created.length - changed.length,
  };
}

/** The rows that name no stored value, and those that differ from the one they name. */
function compare(
  rows: MeasurementTableRow[],
  stored: StoredValue[],
): { created: MeasurementTableRow[]; changed: { id: string; row: MeasurementTableRow }[] } {
  const byKey = new Map(stored.map((s) => [`${s.indicator_id}|${s.period}|${s.cell_key}`, s]));
  const created: MeasurementTableRow[] = [];
  const changed: { id: string; row: MeasurementTableRow }[] = [];
  for (const row of rows) {
    const current = byKey.get(`${row.indicatorId}|${row.period.key}|${row.cell.key}`);
    if (!current) created.push(row);
    else if (
      current.value !== row.value ||
      current.cases !== row.cases ||
      current.source_note !== row.sourceNote
    ) {
      changed.push({ id: current.id, row });
    }
  }
  return { created, changed };
}

/** One statement for any number of corrections; the version counts up like an update's. */
async function updateValues(
  manager: EntityManager,
  changed: { id: string; row: MeasurementTableRow }[],
  status: string,
): Promise<void> {
  await manager.query(UPDATE_VALUES, [
    changed.map((c) => c.id),
    changed.map((c) => c.row.value),
    changed.map((c) => c.row.cases),
    changed.map((c) => c.row.sourceNote),
    status,
  ]);
}

/** One statement for any number of new values (of an import or a delivery); their ids. */
export async function insertValues(
  manager: EntityManager,
  rows: Omit<MeasurementTableRow, 'row'>[],
  status: string,
  userId: string,
): Promise<string[]> {
  const inserted = (await manager.query(INSERT_VALUES, [
    rows.map((row) => row.indicatorId),
    rows.map((row) => row.period.key),
    rows.map((row) => row.period.start),
    rows.map((row) => row.period.end),
    rows.map((row) => row.cell.key),
    rows.map((row) => `{${row.cell.valueIds.join(',')}}`),
    rows.map((row) => row.value),
    rows.map((row) => row.cases),
    rows.map((row) => row.sourceNote),
    status,
    userId,
  ])) as { id: string }[];
  return inserted.map((row) => row.id);
}
