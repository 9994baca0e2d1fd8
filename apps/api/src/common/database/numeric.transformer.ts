import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as text (it may exceed a double); our amounts fit a number. */
export const numericColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
