import { HttpErrorResponse } from '@angular/common/http';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { ArtifactComment } from '@gw/shared/contracts';
import { I18nService } from '@gw/web/shared/i18n';
import { EVA, JONAS } from '../testing/artifact-fixtures';
import { AGREEMENT_TEXTS, REPORT_TEXTS } from '../testing/kind-texts';
import { ArtifactCommentsComponent, type CommentSection } from './artifact-comments.component';

const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
};

const comment = (id: string, overrides: Partial<ArtifactComment> = {}): ArtifactComment => ({
  id,
  versionNumber: 1,
  sectionKey: 'summary',
  body: `Kommentar ${id}`,
  author: EVA,
  createdAt: '2026-11-03T09:30:00Z',
  resolvedAt: null,
  resolvedBy: null,
  ...overrides,
});

const REPORT_SECTIONS: CommentSection[] = [
  { key: 'summary', title: 'Zusammenfassung' },
  { key: 'goal:g1', title: 'Kein Abschluss ohne Anschluss' },
];

/** The comments as a kind shows them: the report's (with sections to choose) or a section's. */
async function render(
  kind: 'report' | 'section',
  comments: ArtifactComment[],
  rights: { canComment?: boolean; canResolve?: boolean } = {},
) {
  localStorage.clear();
  TestBed.configureTestingModule({});
  TestBed.inject(I18nService).addTexts(kind === 'report' ? REPORT_TEXTS : AGREEMENT_TEXTS);
  const said = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
  const add = jest.fn().mockResolvedValue(undefined);
  const resolve = jest.fn().mockResolvedValue(undefined);
  const fixture = TestBed.createComponent(ArtifactCommentsComponent);
  const set = (name: string, value: unknown) => fixture.componentRef.setInput(name, value);
  set('comments', comments);
  if (kind === 'report') {
    set('sections', REPORT_SECTIONS);
    set('texts', 'reports.comments');
    set('sectionTexts', 'reports.comments');
    set('emptyKey', 'reports.comments.none');
  } else {
    set('sections', [{ key: 'preamble', title: 'Präambel' }]);
    set('texts', 'agreement.comments');
    set('emptyKey', 'agreement.comments.none');
    set('resolvedKey', 'agreement.comments.resolvedDone');
  }
  set('canComment', rights.canComment ?? false);
  set('canResolve', rights.canResolve ?? false);
  set('add', add);
  set('resolve', resolve);
  await settle(fixture);
  const root = fixture.nativeElement as HTMLElement;
  const write = async (body: string) => {
    const field = root.querySelector<HTMLTextAreaElement>('textarea')!;
    field.value = body;
    field.dispatchEvent(new Event('input'));
    field.closest('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    return field;
  };
  return {
    fixture,
    root,
    add,
    resolve,
    said,
    write,
    loader: TestbedHarnessEnvironment.loader(fixture),
    button: (name: string) =>
      Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name),
    text: () => root.textContent?.replace(/\s+/g, ' ') ?? '',
  };
}

describe('ArtifactCommentsComponent', () => {
  it('lists the comments with author, section and who marked them done', async () => {
    const { root, text } = await render('report', [
      comment('c1', { sectionKey: 'goal:g1', body: 'Die Quote fehlt.' }),
      comment('c2', {
        author: null,
        resolvedAt: '2026-11-04T10:00:00Z',
        resolvedBy: JONAS,
      }),
    ]);
    const lines = Array.from(root.querySelectorAll('.by'), (by) =>
      // Author and section; the date (in the machine's time zone) comes last.
      Array.from(by.children, (part) => part.textContent?.trim()).slice(0, 2),
    );
    expect(lines).toEqual([
      ['Eva Brandt', 'zu „Kein Abschluss ohne Anschluss“'],
      ['Jemand', 'zu „Zusammenfassung“'],
    ]);
    expect(text()).toContain('Die Quote fehlt.');
    expect(text()).toContain('erledigt am 4. November 2026 von Jonas Weber');
    expect(text()).toContain('Als beobachtendes Mitglied können Sie nicht kommentieren.');
  });

  it('says when there is nothing to list, in the kind’s words', async () => {
    const { text } = await render('section', []);
    expect(text()).toContain('Noch keine Kommentare zu diesem Abschnitt.');
  });

  it('writes a comment on the section chosen, then empties the field without an error', async () => {
    const { root, add, said, write, loader } = await render('report', [], { canComment: true });
    const select = await loader.getHarness(MatSelectHarness);
    expect(await select.getValueText()).toBe('Zusammenfassung');
    await select.open();
    await select.clickOptions({ text: 'Kein Abschluss ohne Anschluss' });
    const field = await write('  Bitte die Eltern erwähnen.  ');
    expect(add).toHaveBeenCalledWith('goal:g1', 'Bitte die Eltern erwähnen.');
    expect(field.value).toBe('');
    expect(root.querySelector('mat-error')?.textContent ?? '').toBe('');
    expect(await select.getValueText()).toBe('Kein Abschluss ohne Anschluss');
    expect(said).toHaveBeenCalledWith('Der Kommentar ist gespeichert.', undefined, {
      duration: 3000,
    });
  });

  it('writes a section’s comment on that section, without offering others', async () => {
    const { root, add, write } = await render('section', [], { canComment: true });
    expect(root.querySelector('mat-select')).toBeNull();
    await write('Bitte die Eltern erwähnen.');
    expect(add).toHaveBeenCalledWith('preamble', 'Bitte die Eltern erwähnen.');
  });

  it('marks a comment done and says so where the kind does', async () => {
    const { root, resolve, said, fixture } = await render('section', [comment('c1')], {
      canResolve: true,
    });
    const done = root.querySelector<HTMLButtonElement>(
      'button[aria-label="Kommentar von Eva Brandt als erledigt markieren"]',
    )!;
    done.click();
    await settle(fixture);
    expect(resolve).toHaveBeenCalledWith('c1');
    expect(said).toHaveBeenCalledWith('Der Kommentar ist als erledigt markiert.', undefined, {
      duration: 3000,
    });
  });

  it('shows why marking done failed, above the list', async () => {
    const { button, resolve, said, fixture, root } = await render('report', [comment('c1')], {
      canResolve: true,
    });
    resolve.mockRejectedValue(new HttpErrorResponse({ status: 403, statusText: 'Forbidden' }));
    button('Erledigt')!.click();
    await settle(fixture);
    expect(root.querySelector('gw-error-message')).not.toBeNull();
    expect(said).not.toHaveBeenCalled();
  });
});
