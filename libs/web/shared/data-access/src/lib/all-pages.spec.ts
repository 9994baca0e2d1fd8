import { of } from 'rxjs';
import { firstValueFrom } from 'rxjs';
import type { Page } from '@gw/shared/contracts';
import { allPages } from './all-pages';

describe('allPages', () => {
  it('asks for page after page of the largest size until it has every item', async () => {
    const asked: [number, number][] = [];
    const fetch = (page: number, pageSize: number) => {
      asked.push([page, pageSize]);
      const items = page < 3 ? Array.from({ length: pageSize }, (_, i) => `${page}-${i}`) : ['3-0'];
      return of<Page<string>>({ items, total: 2 * pageSize + 1, page, pageSize });
    };
    const all = await firstValueFrom(allPages(fetch));
    expect(asked).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
    expect(all).toHaveLength(201);
    expect(all.at(-1)).toBe('3-0');
  });
});
