import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** A named OpenAPI schema for `Page<T>` of the given item schema. */
export function PageSchema<T>(item: Type<T>, name: string) {
  class PageOfItems {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ example: 42 })
    total!: number;

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 20 })
    pageSize!: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: name });
  return PageOfItems;
}
