import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type Dimension, type FieldError, PROBLEM_TYPES } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import {
  assertNameFree,
  isUniqueViolation,
  transactionWithUniqueName,
} from '../../common/database/unique-name';
import { planKeyedList } from '../../common/lists/keyed-list-plan';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { invalidFields } from '../../common/validation/field-problem';
import {
  DIMENSION_BY_ID,
  type DimensionRow,
  DIMENSIONS_OF_INITIATIVE,
  INDICATORS_USING_DIMENSION,
  LOCK_INITIATIVE_FOR_POSITION,
  NAME_VALUES_BY_ID,
  NEXT_DIMENSION_POSITION,
  toDimension,
} from './indicators-dimensions.queries';
import type {
  CreateDimensionDto,
  DimensionValueInputDto,
  UpdateDimensionDto,
} from './dto/dimension.dto';
import { DimensionValueEntity } from './entities/dimension-value.entity';
import { DimensionEntity } from './entities/dimension.entity';
import { assertDimensionValuesUnmeasured } from './measured-values-guard';

const WHAT = 'A dimension';
const NAME_INDEX = 'dimensions_initiative_id_name_key';
const VALUE_INDEX = 'dimension_values_dimension_id_value_key';

@Injectable()
export class DimensionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /** The initiative's dimensions in the order they were added, each with its values in order. */
  async list(access: InitiativeAccess): Promise<Dimension[]> {
    const rows = await this.sql.rows<DimensionRow>(DIMENSIONS_OF_INITIATIVE, [access.initiativeId]);
    return rows.map(toDimension);
  }

  async get(access: InitiativeAccess, dimensionId: string): Promise<Dimension> {
    return foundDimension(
      await this.sql.rows<DimensionRow>(DIMENSION_BY_ID, [access.initiativeId, dimensionId]),
    );
  }

  async create(access: InitiativeAccess, dto: CreateDimensionDto): Promise<Dimension> {
    const { initiativeId } = access;
    assertDistinctValues(dto.values);
    return this.write(dto.name, async (manager) => {
      // Serialises concurrent additions, so that each gets its own position.
      await manager.query(LOCK_INITIATIVE_FOR_POSITION, [initiativeId]);
      await assertNameFree(manager, 'dimensions', initiativeId, dto.name, WHAT);
      const [{ position }] = (await manager.query(NEXT_DIMENSION_POSITION, [initiativeId])) as {
        position: number;
      }[];
      const { identifiers } = await manager.insert(DimensionEntity, {
        initiativeId,
        name: dto.name,
        position,
      });
      const id = identifiers[0]?.['id'] as string;
      await replaceValues(manager, id, dto.values);
      return readDimension(manager, initiativeId, id);
    });
  }

  async update(
    access: InitiativeAccess,
    dimensionId: string,
    dto: UpdateDimensionDto,
  ): Promise<Dimension> {
    const { initiativeId } = access;
    if (dto.values) assertDistinctValues(dto.values);
    return this.write(dto.name, async (manager) => {
      const dimension = await manager.findOne(DimensionEntity, {
        where: { id: dimensionId, initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!dimension) throw notFound('The dimension');
      if (dimension.version !== dto.version) throw staleVersion('dimension');
      if (dto.name !== undefined) {
        await assertNameFree(manager, 'dimensions', initiativeId, dto.name, WHAT, dimension.id);
      }
      if (dto.values !== undefined) await replaceValues(manager, dimension.id, dto.values);
      // update() always increments the version, also when only the values changed.
      await manager.update(
        DimensionEntity,
        { id: dimension.id },
        dto.name === undefined ? {} : { name: dto.name },
      );
      return readDimension(manager, initiativeId, dimension.id);
    });
  }

  /** Deletes a dimension that no indicator uses; one in use answers 409 in-use. */
  async remove(access: InitiativeAccess, dimensionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const dimension = await manager.findOne(DimensionEntity, {
        where: { id: dimensionId, initiativeId: access.initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!dimension) throw notFound('The dimension');
      const users = (await manager.query(INDICATORS_USING_DIMENSION, [dimension.id])) as {
        name: string;
      }[];
      if (users.length > 0) {
        throw new ProblemException(
          409,
          `The dimension "${dimension.name}" is used by ${users.length === 1 ? 'the indicator' : 'the indicators'} ${users
            .map((row) => `"${row.name}"`)
            .join(', ')}. Remove it from them first.`,
          { type: PROBLEM_TYPES.inUse },
        );
      }
      await manager.delete(DimensionEntity, { id: dimension.id });
    });
  }

  /** A write in a transaction; name and value clashes that slip past the checks still answer. */
  private async write<T>(
    name: string | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await transactionWithUniqueName(
        this.dataSource,
        { constraint: NAME_INDEX, what: WHAT, name },
        work,
      );
    } catch (error) {
      if (isUniqueViolation(error, VALUE_INDEX)) {
        throw invalidFields([
          { field: 'values', message: 'values must differ, regardless of case', code: 'duplicate' },
        ]);
      }
      throw error;
    }
  }
}

async function readDimension(
  manager: EntityManager,
  initiativeId: string,
  dimensionId: string,
): Promise<Dimension> {
  return foundDimension(
    (await manager.query(DIMENSION_BY_ID, [initiativeId, dimensionId])) as DimensionRow[],
  );
}

function foundDimension([row]: DimensionRow[]): Dimension {
  if (!row) throw notFound('The dimension');
  return toDimension(row);
}

/** Values are unique per dimension regardless of case, like the index that guards them. */
function assertDistinctValues(values: readonly DimensionValueInputDto[]): void {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  values.forEach(({ value }, index) => {
    const key = value.toLocaleLowerCase('de');
    if (seen.has(key)) {
      errors.push({
        field: `values.${index}.value`,
        message: 'the same value appears twice (regardless of case)',
        code: 'duplicate',
      });
    }
    seen.add(key);
  });
  if (errors.length > 0) throw invalidFields(errors);
}

/** Values with a known id are kept (renamed, moved), new ones created, the rest deleted. */
async function replaceValues(
  manager: EntityManager,
  dimensionId: string,
  values: DimensionValueInputDto[],
): Promise<void> {
  const existing = await manager.find(DimensionValueEntity, {
    select: { id: true },
    where: { dimensionId },
  });
  const plan = planKeyedList(
    existing.map((value) => value.id),
    values,
    'values',
    'value',
  );
  if (plan.errors.length > 0) throw invalidFields(plan.errors);
  await assertDimensionValuesUnmeasured(manager, plan.delete);
  if (plan.delete.length > 0) await manager.delete(DimensionValueEntity, { id: In(plan.delete) });
  if (plan.update.length > 0) {
    // Values may swap names ("A" ↔ "B"); the unique index checks each row at once, so the kept
    // rows first take their own id as a placeholder name.
    await manager.query(NAME_VALUES_BY_ID, [plan.update.map((value) => value.id)]);
  }
  for (const { id, value, position } of plan.update) {
    await manager.update(DimensionValueEntity, { id }, { value, position });
  }
  if (plan.create.length > 0) {
    await manager.insert(
      DimensionValueEntity,
      plan.create.map(({ value, position }) => ({ dimensionId, value, position })),
    );
  }
}
