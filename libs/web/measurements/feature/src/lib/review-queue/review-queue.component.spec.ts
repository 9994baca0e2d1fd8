import { TestBed } from '@angular/core/testing';
import type { Measurement } from '@gw/shared/contracts';
import type { Delivery, QueueKind } from '@gw/web/measurements/data-access';
import { dimension, indicator, measurement, setupPage } from '../testing/page-setup';
import { ReviewQueueComponent } from './review-queue.component';

const age = (valueId: string) => [{ dimensionId: 'd-age', valueId }];

/** A quarter's delivery of the total and two age groups, and another indicator's total. */
const values: Measurement[] = [
  measurement({ id: 'total' }),
  measurement({ id: 'other', indicatorId: 'ind2', value: 12 }),
  measurement({ id: 'young', cell: age('v14'), value: 40.5, cases: 4 }),
  measurement({ id: 'older', cell: age('v18'), value: 60 }),
];

async function render(kind: QueueKind) {
  await setupPage('coordination');
  const fixture = TestBed.createComponent(ReviewQueueComponent);
  fixture.componentRef.setInput('kind', kind);
  fixture.componentRef.setInput('values', values);
  fixture.componentRef.setInput('indicators', [
    indicator(),
    indicator({ id: 'ind2', name: 'Plätze in Sprachkursen', unit: '' }),
  ]);
  fixture.componentRef.setInput('dimensions', [dimension]);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const items = () => Array.from(root.querySelectorAll<HTMLElement>('ul.queue > li'));
  const button = (label: string) =>
    root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  return { fixture, root, items, button };
}

describe('ReviewQueueComponent', () => {
  it('shows one item per delivery, its values inside, with one approval for all', async () => {
    const { fixture, items, button } = await render('submitted');
    expect(items().map((item) => item.querySelector('.period')?.textContent?.trim())).toEqual([
      '3. Quartal 2026 · 3 Werte',
      '3. Quartal 2026',
    ]);
    const [delivery, single] = items();
    expect(
      Array.from(delivery!.querySelectorAll('.what')).map((what) =>
        Array.from(what.children, (part) => part.textContent?.trim()).join(' | '),
      ),
    ).toEqual([
      'Gesamt | 51,2 % | Fallzahl: 60',
      'Altersgruppe: 14–17 | 40,5 % | Fallzahl: 4',
      'Altersgruppe: 18–21 | 60 % | Fallzahl: 60',
    ]);
    // One pair of actions per delivery, none per value.
    expect(delivery!.querySelectorAll('button')).toHaveLength(2);
    expect(single!.querySelectorAll('button')).toHaveLength(2);

    let approved: Delivery | undefined;
    let returned: Delivery | undefined;
    fixture.componentInstance.approve.subscribe((d) => (approved = d));
    fixture.componentInstance.returnValue.subscribe((d) => (returned = d));
    const approve = button('Erstberatung binnen vier Wochen, 3. Quartal 2026: Lieferung freigeben');
    expect(approve?.textContent?.trim()).toBe('Lieferung freigeben');
    approve?.click();
    expect(approved?.values.map((value) => value.id)).toEqual(['total', 'young', 'older']);
    expect(approved).toMatchObject({ indicatorId: 'ind1', period: '2026-Q3' });
    button('Erstberatung binnen vier Wochen, 3. Quartal 2026: Lieferung zurückgeben')?.click();
    expect(returned).toBe(approved);

    // A delivery of one value keeps the value's own labels.
    const approveOne = button('3. Quartal 2026, Gesamt freigeben');
    expect(approveOne?.textContent?.trim()).toBe('Freigeben');
    approveOne?.click();
    expect(approved?.values.map((value) => value.id)).toEqual(['other']);
  });

  it('lets a data steward correct each returned value of a delivery on its own', async () => {
    const { fixture, items, root } = await render('returned');
    expect(items()).toHaveLength(2);
    expect(root.textContent).not.toContain('Lieferung');
    const corrections = Array.from(items()[0]!.querySelectorAll('button')).map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(corrections).toEqual([
      '3. Quartal 2026, Gesamt korrigieren',
      '3. Quartal 2026, Altersgruppe: 14–17 korrigieren',
      '3. Quartal 2026, Altersgruppe: 18–21 korrigieren',
    ]);
    let corrected: Measurement | undefined;
    fixture.componentInstance.correct.subscribe((value) => (corrected = value));
    items()[0]!.querySelectorAll('button')[1]!.click();
    expect(corrected?.id).toBe('young');
  });
});
