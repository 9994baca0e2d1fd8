import { actorListQuery, likePattern } from './actors.queries';
import type { ListActorsDto } from './dto/list-actors.dto';

const query = (fields: Partial<ListActorsDto>) =>
  ({ sort: 'name', direction: 'asc', page: 1, pageSize: 20, ...fields }) as ListActorsDto;

describe('likePattern', () => {
  it('escapes the wildcards and the escape character', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('actorListQuery', () => {
  it('filters on the initiative only by default and sorts by name', () => {
    expect(actorListQuery(query({}), true)).toEqual({
      where: 'a.initiative_id = $1',
      orderBy: 'a.name COLLATE "de-x-icu" ASC, a.id',
      params: [],
    });
  });

  it('numbers the parameters after the initiative, for every filter and the sort', () => {
    const { where, orderBy, params } = actorListQuery(
      query({ q: 'Amt', area: 'social', isPartner: false, sort: 'area', direction: 'desc' }),
      true,
    );
    expect(where).toContain(
      'lower(a.name COLLATE "und-x-icu") LIKE lower($2::text COLLATE "und-x-icu")',
    );
    expect(where).toContain('a.area = $3');
    expect(where).toContain('a.is_partner = $4');
    expect(orderBy).toBe(
      'array_position($5::text[], a.area) DESC, a.name COLLATE "de-x-icu", a.id',
    );
    expect(params.slice(0, 3)).toEqual(['%Amt%', 'social', false]);
  });

  it('searches contact names only for members who may read them', () => {
    expect(actorListQuery(query({ q: 'Demir' }), true).where).toContain('a.contacts');
    expect(actorListQuery(query({ q: 'Demir' }), false).where).not.toContain('a.contacts');
  });
});
