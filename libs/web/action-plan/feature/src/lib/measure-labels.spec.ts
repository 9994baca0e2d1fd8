import { TestBed } from '@angular/core/testing';
import { baselineMarker, measureFixtures } from '@gw/web/action-plan/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { baselineMarkerText, periodText } from './measure-labels';
import { actionPlan } from './action-plan.i18n';
import { timelineAndMatrix } from './timeline-and-matrix.i18n';

describe('measure labels', () => {
  async function i18n() {
    localStorage.clear();
    const service = TestBed.inject(I18nService);
    service.addTexts(actionPlan, timelineAndMatrix);
    return service;
  }

  it('marks changes since the baseline in words, naming the changed fields', async () => {
    const t = await i18n();
    const text = (change: Parameters<typeof baselineMarker>[0]) =>
      baselineMarkerText(baselineMarker(change), t);
    expect(text({ kind: 'no_baseline', fields: [] })).toBe('');
    expect(text({ kind: 'new', fields: [] })).toBe('neu');
    expect(text({ kind: 'unchanged', fields: [] })).toBe('unverändert');
    expect(text({ kind: 'changed', fields: ['status', 'endDate', 'milestones'] })).toBe(
      'geändert: Status, Ende, Meilensteine',
    );
    expect(text({ kind: 'changed', fields: ['somethingNew'] })).toBe('geändert: somethingNew');
  });

  it('says the same in English', async () => {
    const t = await i18n();
    t.setLang('en');
    const marker = baselineMarker({ kind: 'changed', fields: ['progress'] });
    expect(baselineMarkerText(marker, t)).toBe('changed: Progress');
  });

  it('writes a period with German dates, or what is known of it', async () => {
    const t = await i18n();
    const { startDate, endDate } = measureFixtures.measure();
    expect(periodText(startDate, endDate, t)).toBe('15.08.2026 – 31.12.2027');
    expect(periodText(startDate, null, t)).toBe('ab 15.08.2026');
    expect(periodText(null, endDate, t)).toBe('bis 31.12.2027');
    expect(periodText(null, null, t)).toBe('offen');
  });
});
