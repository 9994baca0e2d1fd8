import { EMPTY, type Observable, expand, map, reduce } from 'rxjs';
import { MAX_PAGE_SIZE, type Page } from '@gw/shared/contracts';

/**
 * Every item of a paged list, for choosing from it (a member, an actor): asks for the largest
 * pages the API allows, one after the other, until all are there.
 */
export function allPages<T>(fetch: (page: number, pageSize: number) => Observable<Page<T>>) {
  return fetch(1, MAX_PAGE_SIZE).pipe(
    expand((page) =>
      page.page * page.pageSize < page.total && page.items.length > 0
        ? fetch(page.page + 1, MAX_PAGE_SIZE)
        : EMPTY,
    ),
    map((page) => page.items),
    reduce((all: T[], items) => [...all, ...items], []),
  );
}
