import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import type { Actor, Member, UserRef } from '@gw/shared/contracts';
import { ActorsStore } from '@gw/web/actors/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, confirm } from '@gw/web/shared/ui';

/** The members who represent an actor: added from the initiative's members, removed one by one. */
@Component({
  selector: 'gw-actor-representatives',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  template: `
    <p class="hint">{{ 'actors.representatives.intro' | t }}</p>
    <ul class="people">
      @for (person of actor().representatives; track person.userId) {
        <li class="person">
          <span>{{ person.displayName }}</span>
          <button
            mat-icon-button
            type="button"
            [disabled]="busy()"
            [attr.aria-label]="'actors.representatives.remove' | t: { name: person.displayName }"
            (click)="remove(person)"
          >
            <mat-icon svgIcon="person_remove" />
          </button>
        </li>
      } @empty {
        <li class="hint">{{ 'actors.representatives.none' | t }}</li>
      }
    </ul>
    @if (candidates().length) {
      <div class="add">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'actors.representatives.member' | t }}</mat-label>
          <mat-select [value]="chosen()" (selectionChange)="chosen.set($event.value)">
            @for (member of candidates(); track member.userId) {
              <mat-option [value]="member.userId">{{ member.displayName }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <button mat-stroked-button type="button" [disabled]="!chosen() || busy()" (click)="add()">
          <mat-icon aria-hidden="true" svgIcon="person_add" />
          {{ 'actors.representatives.add' | t }}
        </button>
      </div>
    } @else if (members().length) {
      <p class="hint">{{ 'actors.representatives.allAdded' | t }}</p>
    }
    @if (error(); as error) {
      <gw-error-message [message]="error.key | t: error.params" />
    }
    <!-- Visible: the change is saved at once, before the dialog's own Save. -->
    <p class="saved" role="status">{{ announcement() }}</p>
  `,
  styles: `
    :host {
      display: block;
      align-self: stretch;
    }
    .hint {
      margin: 0 0 var(--gw-space-2);
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .people {
      margin: 0 0 var(--gw-space-2);
      padding: 0;
      list-style: none;
    }
    .person {
      display: flex;
      align-items: center;
      justify-content: space-between;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .saved {
      margin: var(--gw-space-2) 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .saved:empty {
      margin: 0;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gw-space-2) var(--gw-space-3);
    }
  `,
})
export class ActorRepresentativesComponent {
  readonly actor = input.required<Actor>();
  readonly members = input.required<Member[]>();
  readonly changed = output<Actor>();

  private readonly store = inject(ActorsStore);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  protected readonly chosen = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<ProblemMessage | null>(null);
  protected readonly announcement = signal('');
  protected readonly candidates = computed(() => {
    const taken = new Set(this.actor().representatives.map((person) => person.userId));
    return this.members().filter((member) => !taken.has(member.userId));
  });

  protected async add(): Promise<void> {
    const userId = this.chosen();
    const member = this.members().find((item) => item.userId === userId);
    if (!member) return;
    await this.change(
      () => this.store.addRepresentative(this.actor(), member.userId),
      this.i18n.t('actors.representatives.added', {
        name: member.displayName,
        actor: this.actor().name,
      }),
    );
    this.chosen.set(null);
  }

  protected async remove(person: UserRef): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('actors.representatives.remove.title'),
      text: this.i18n.t('actors.representatives.remove.text', {
        name: person.displayName,
        actor: this.actor().name,
      }),
      confirmLabel: this.i18n.t('action.remove'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    await this.change(
      () => this.store.removeRepresentative(this.actor(), person.userId),
      this.i18n.t('actors.representatives.removed', {
        name: person.displayName,
        actor: this.actor().name,
      }),
    );
  }

  private async change(send: () => Promise<Actor>, done: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      this.changed.emit(await send());
      this.announcement.set(done);
    } catch (error) {
      this.error.set(problemMessage(toProblem(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
