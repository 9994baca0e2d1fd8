import type { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from './validation.pipe';

describe('flattenValidationErrors', () => {
  it('turns nested errors into dotted field paths with one entry per message', () => {
    const errors: ValidationError[] = [
      { property: 'name', constraints: { isNotEmpty: 'name should not be empty' }, children: [] },
      {
        property: 'region',
        children: [
          {
            property: 'municipality',
            constraints: { isString: 'municipality must be a string' },
            children: [],
          },
          {
            property: 'districts',
            children: [{ property: '0', constraints: { maxLength: 'too long' }, children: [] }],
          },
        ],
      },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'name', message: 'name should not be empty' },
      { field: 'region.municipality', message: 'municipality must be a string' },
      { field: 'region.districts.0', message: 'too long' },
    ]);
  });
});
