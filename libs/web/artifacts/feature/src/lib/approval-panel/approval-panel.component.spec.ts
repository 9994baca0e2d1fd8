import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import type { ApprovalOverview, ApprovalQuorum, VersionStatus } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { AuthStore } from '@gw/web/shared/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { EVA, JONAS, LEA, decision, overview, summary } from '../testing/artifact-fixtures';
import { BASELINE_TEXTS } from '../testing/kind-texts';
import { ApprovalPanelComponent } from './approval-panel.component';

const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
};

async function render(
  role: 'steering' | 'coordination',
  userId: string,
  view: ApprovalOverview,
  after: VersionStatus = 'submitted',
) {
  localStorage.clear();
  const confirmations: unknown[] = [];
  TestBed.configureTestingModule({
    providers: [
      { provide: AuthStore, useValue: { user: signal({ id: userId }) } },
      { provide: InitiativesStore, useValue: { isSteering: signal(role === 'steering') } },
      {
        provide: MatDialog,
        useValue: {
          open: (_: unknown, config: { data: unknown }) => {
            confirmations.push(config.data);
            return { afterClosed: () => of(true) };
          },
        },
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(BASELINE_TEXTS);
  const decide = jest.fn().mockResolvedValue(after);
  const stale = jest.fn();
  const fixture = TestBed.createComponent(ApprovalPanelComponent);
  fixture.componentRef.setInput('version', summary(1, 'submitted'));
  fixture.componentRef.setInput('overview', view);
  fixture.componentRef.setInput('texts', 'baselines.approval');
  fixture.componentRef.setInput(
    'quorumKey',
    (quorum: ApprovalQuorum) => `baselines.quorum.${quorum}`,
  );
  fixture.componentRef.setInput(
    'quorumHintKey',
    (quorum: ApprovalQuorum) => `baselines.quorum.${quorum}.hint`,
  );
  fixture.componentRef.setInput('decide', decide);
  fixture.componentInstance.stale.subscribe(stale);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return {
    fixture,
    root,
    decide,
    stale,
    confirmations,
    button: (name: string) =>
      Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name),
    text: () => root.textContent?.replace(/\s+/g, ' ') ?? '',
  };
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
    const { button, decide, fixture, confirmations } = await render('steering', LEA.userId, {
      ...twoOfThree,
      canDecide: true,
    });
    button('Zustimmen')!.click();
    await settle(fixture);
    expect(confirmations).toEqual([
      expect.objectContaining({ title: 'Basislinie 1 zustimmen?', tone: 'positive' }),
    ]);
    expect(decide).toHaveBeenCalledWith({ decision: 'approve' });
  });

  it('asks for a comment before a rejection, at the field, and sends it with it', async () => {
    const { root, button, decide, fixture, confirmations } = await render(
      'steering',
      LEA.userId,
      { ...twoOfThree, canDecide: true },
      'rejected',
    );
    button('Ablehnen')!.click();
    await settle(fixture);
    expect(root.querySelector('mat-error')?.textContent).toContain(
      'Bitte begründen Sie die Ablehnung',
    );
    expect(confirmations).toEqual([]);
    expect(decide).not.toHaveBeenCalled();

    const comment = root.querySelector('textarea')!;
    comment.value = 'Die Ressourcen der Stiftung fehlen.';
    comment.dispatchEvent(new Event('input'));
    button('Ablehnen')!.click();
    await settle(fixture);
    expect(confirmations).toEqual([expect.objectContaining({ title: 'Basislinie 1 ablehnen?' })]);
    expect(decide).toHaveBeenCalledWith({
      decision: 'reject',
      comment: 'Die Ressourcen der Stiftung fehlen.',
    });
  });

  it('asks the host to reload when someone decided meanwhile', async () => {
    const { button, decide, stale, fixture } = await render('steering', LEA.userId, {
      ...twoOfThree,
      canDecide: true,
    });
    decide.mockRejectedValue(new HttpErrorResponse({ status: 409, statusText: 'Conflict' }));
    button('Zustimmen')!.click();
    await settle(fixture);
    expect(stale).toHaveBeenCalled();
  });

  it('tells a steering member who already decided what they decided', async () => {
    const { text, button } = await render('steering', EVA.userId, twoOfThree);
    expect(button('Zustimmen')).toBeUndefined();
    expect(text()).toContain('Sie haben dieser Basislinie zugestimmt.');
  });

  it('tells a steering member who joined after the submission that they are not asked', async () => {
    const { text } = await render('steering', 'u-new', twoOfThree);
    expect(text()).toContain('Sie waren bei der Einreichung noch nicht in der Steuerungsgruppe');
  });
});
