import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { ApprovalOverview } from '@gw/shared/contracts';
import { LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';

/**
 * A rejected baseline, as the coordination office must see it: who rejected it and why, and the
 * way on (change the measures, start a new baseline).
 */
@Component({
  selector: 'gw-rejection-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe],
  template: `
    <section class="notice" role="region" [attr.aria-labelledby]="'rejected-' + number()">
      <mat-icon class="icon" aria-hidden="true" svgIcon="block" />
      <div class="body">
        <h2 class="title" [id]="'rejected-' + number()">
          {{ 'baselines.rejected.title' | t: { n: number() } }}
        </h2>
        <ul class="reasons">
          @for (rejection of rejections(); track rejection.id) {
            <li>
              <blockquote class="comment">{{ rejection.comment }}</blockquote>
              <p class="by">
                {{
                  'baselines.rejected.by'
                    | t
                      : {
                          name:
                            rejection.approver?.displayName ?? ('baselines.approval.former' | t),
                          date: (rejection.decidedAt | gwDate: 'dateTime'),
                        }
                }}
              </p>
            </li>
          }
        </ul>
        @if (isCoordination()) {
          <p class="next">{{ 'baselines.rejected.next' | t }}</p>
          @if (canStart()) {
            <button mat-flat-button type="button" [disabled]="busy()" (click)="startNew.emit()">
              <mat-icon aria-hidden="true" svgIcon="add" />
              {{ 'baselines.start' | t }}
            </button>
          }
        }
      </div>
    </section>
  `,
  styles: `
    .notice {
      display: flex;
      gap: var(--gw-space-3);
      padding: var(--gw-space-4);
      margin-block-end: var(--gw-space-5);
      border-radius: var(--gw-radius-large);
      border-inline-start: 6px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .icon {
      flex: none;
    }
    .body {
      min-width: 0;
    }
    .title {
      margin: 0 0 var(--gw-space-2);
      font: var(--mat-sys-title-medium);
    }
    .reasons {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .comment {
      margin: 0;
      font: var(--mat-sys-body-large);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .by,
    .next {
      margin: var(--gw-space-1) 0 var(--gw-space-3);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class RejectionNoticeComponent {
  readonly number = input.required<number>();
  readonly overview = input.required<ApprovalOverview>();
  readonly isCoordination = input(false);
  readonly canStart = input(false);
  readonly busy = input(false);
  readonly startNew = output<void>();

  protected readonly rejections = computed(() =>
    this.overview().approvals.filter((approval) => approval.decision === 'reject'),
  );
}
