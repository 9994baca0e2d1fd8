import type { Step } from '@gw/shared/contracts';
import { buildPhaseOverview, defaultSteps, nextPhase } from './phase-order';

const step = (phase: Step['phase'], position: number): Step => ({
  id: `${phase}-${position}`,
  phase,
  key: null,
  title: `Schritt ${position}`,
  position,
  status: 'open',
  responsible: null,
  dueDate: null,
  note: '',
  version: 1,
});

describe('nextPhase', () => {
  it('names the phase after the current one, and none after Umsetzung', () => {
    expect(nextPhase('initiierung')).toBe('gestaltung');
    expect(nextPhase('gestaltung')).toBe('umsetzung');
    expect(nextPhase('umsetzung')).toBeNull();
  });
});

describe('defaultSteps', () => {
  it('creates the 13 predefined steps, numbered from 1 in each phase', () => {
    const steps = defaultSteps('i-1');
    expect(steps).toHaveLength(13);
    expect(steps.filter((s) => s.phase === 'gestaltung').map((s) => s.position)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(steps[0]).toEqual({
      initiativeId: 'i-1',
      phase: 'initiierung',
      key: 'identify_owner_and_actors',
      title: null,
      position: 1,
    });
  });
});

describe('buildPhaseOverview', () => {
  it('marks the phases before the current one completed and groups the steps', () => {
    const overview = buildPhaseOverview('gestaltung', [
      step('initiierung', 1),
      step('gestaltung', 1),
      step('gestaltung', 2),
    ]);
    expect(overview.map((p) => [p.phase, p.current, p.completed, p.steps.length])).toEqual([
      ['initiierung', false, true, 1],
      ['gestaltung', true, false, 2],
      ['umsetzung', false, false, 0],
    ]);
  });
});
