import { TestBed } from '@angular/core/testing';
import type { ApprovalOverview } from '@gw/shared/contracts';
import {
  ARTIFACT,
  EVA,
  JONAS,
  LEA,
  baseline,
  decision,
  overview,
  query,
  settle,
  setUp,
  summary,
} from '../testing/plan-fixtures';
import { ApprovalPanelComponent } from './approval-panel.component';

async function render(role: 'steering' | 'coordination', userId: string, view: ApprovalOverview) {
  const setup = await setUp(role, userId, [summary(1, 'submitted')]);
  const fixture = TestBed.createComponent(ApprovalPanelComponent);
  fixture.componentRef.setInput('baseline', baseline(1, 'submitted'));
  fixture.componentRef.setInput('overview', view);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return { ...setup, fixture, root, ...query(root) };
}

const twoOfThree = overview([
  decision(EVA, 'approve', 'Gute Grundlage.'),
  decision(JONAS, 'approve'),
]);

describe('ApprovalPanelComponent', () => {
  it('says how far the quorum is met and who decided how, with the comments', async () => {
    const { text } = await render('coordination', 'u-katrin', twoOfThree);
    expect(text()).toContain('2 von 3 nötigen Zustimmungen');
    expect(text()).toContain('Alle: Jedes gefragte Mitglied der Steuerungsgruppe muss zustimmen.');
    expect(text()).toContain('Eva Brandt hat zugestimmt');
    expect(text()).toContain('Gute Grundlage.');
    expect(text()).toContain(`${LEA.displayName} hat noch nicht entschieden`);
  });

  it('speaks of one approval when one is enough', async () => {
    const { text } = await render(
      'coordination',
      'u-katrin',
      overview([], { quorum: 'any', needed: 1 }),
    );
    expect(text()).toContain('0 von 1 nötigen Zustimmung');
  });

  it('offers no decision to the coordination office', async () => {
    const { button } = await render('coordination', 'u-katrin', twoOfThree);
    expect(button('Zustimmen')).toBeUndefined();
    expect(button('Ablehnen')).toBeUndefined();
  });

  it('lets a steering member who was asked approve, after a confirmation', async () => {
    const { button, backend, fixture, confirmations } = await render('steering', LEA.userId, {
      ...twoOfThree,
      canDecide: true,
    });
    button('Zustimmen')!.click();
    await settle(fixture);
    expect(confirmations).toEqual([expect.objectContaining({ title: 'Basislinie 1 zustimmen?' })]);
    const request = backend.expectOne(`${ARTIFACT}/versions/1/approvals`);
    expect(request.request.body).toEqual({ decision: 'approve' });
  });

  it('asks for a comment before a rejection, at the field, and sends it with it', async () => {
    const { root, button, backend, fixture, confirmations } = await render('steering', LEA.userId, {
      ...twoOfThree,
      canDecide: true,
    });
    button('Ablehnen')!.click();
    await settle(fixture);
    expect(root.querySelector('mat-error')?.textContent).toContain(
      'Bitte begründen Sie die Ablehnung',
    );
    expect(confirmations).toEqual([]);
    backend.expectNone(`${ARTIFACT}/versions/1/approvals`);

    const comment = root.querySelector('textarea')!;
    comment.value = 'Die Ressourcen der Stiftung fehlen.';
    comment.dispatchEvent(new Event('input'));
    button('Ablehnen')!.click();
    await settle(fixture);
    expect(confirmations).toEqual([expect.objectContaining({ title: 'Basislinie 1 ablehnen?' })]);
    const request = backend.expectOne(`${ARTIFACT}/versions/1/approvals`);
    expect(request.request.body).toEqual({
      decision: 'reject',
      comment: 'Die Ressourcen der Stiftung fehlen.',
    });
  });

  it('tells a steering member who already decided what they decided', async () => {
    const { text, button } = await render('steering', EVA.userId, twoOfThree);
    expect(button('Zustimmen')).toBeUndefined();
    expect(text()).toContain('Sie haben dieser Basislinie zugestimmt.');
  });
});
