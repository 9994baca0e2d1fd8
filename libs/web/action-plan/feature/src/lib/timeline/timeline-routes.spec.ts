import { dependencyPath } from './timeline-routes';

describe('dependencyPath', () => {
  it('runs a dependency arrow from the end of one bar to the start of the other', () => {
    const path = dependencyPath({ x: 10, width: 50, y: 22 }, { x: 100, width: 40, y: 110 });
    expect(path.start).toEqual({ x: 60, y: 22 });
    expect(path.end).toEqual({ x: 100, y: 110 });
    expect(path.d).toBe('M 60 22 H 68 V 110 H 100');
  });

  it('goes back between the rows when the dependent starts before the other ends', () => {
    const path = dependencyPath({ x: 10, width: 100, y: 22 }, { x: 50, width: 40, y: 66 });
    expect(path.d).toBe('M 110 22 H 118 V 44 H 42 V 66 H 50');
  });

  it('runs down beside a bar in a row between, not through it', () => {
    const inBetween = { x: 50, width: 40, y: 66 };
    const path = dependencyPath(
      { x: 10, width: 50, y: 22 },
      { x: 200, width: 40, y: 110 },
      { obstacles: [inBetween] },
    );
    expect(path.d).toBe('M 60 22 H 98 V 110 H 200');
  });

  it('turns along the gaps between rows to a free column when it has to go back', () => {
    const inBetween = { x: 0, width: 300, y: 66 };
    const path = dependencyPath(
      { x: 10, width: 200, y: 22 },
      { x: 100, width: 40, y: 110 },
      { obstacles: [inBetween] },
    );
    // Leaves below its own row (y 44), passes the long bar at x 308, enters above the target (88).
    expect(path.d).toBe('M 210 22 H 218 V 44 H 308 V 88 H 92 V 110 H 100');
  });
});
