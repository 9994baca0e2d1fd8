import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterOutlet } from '@angular/router';
import { AgreementStore } from '@gw/web/agreements/data-access';
import { ArtifactViewsNavComponent } from '@gw/web/artifacts/feature';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent, ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';

/**
 * `/initiatives/:id/agreement`: the frame of the agreement's views (document, comparison,
 * history). Loads the agreement; the coordination office starts drafts here.
 */
@Component({
  selector: 'gw-agreement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    ArtifactViewsNavComponent,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './agreement-page.component.html',
  styleUrl: './agreement-page.component.scss',
})
export class AgreementPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(AgreementStore);

  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly creating = signal(false);
  protected readonly createError = signal<ProblemMessage | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? problemMessage(error) : null;
  });
  private readonly initiativeId = computed(() => this.initiatives.initiative()?.id ?? null);

  constructor() {
    effect(() => {
      const id = this.initiativeId();
      if (id) untracked(() => void this.store.load(id));
    });
  }

  protected retry(): void {
    const id = this.initiativeId();
    if (id) void this.store.load(id);
  }

  /** A new draft: the first prefilled from the initiative, later ones copied from the latest. */
  protected async createVersion(): Promise<void> {
    if (this.creating()) return;
    this.creating.set(true);
    this.createError.set(null);
    try {
      const version = await this.store.createVersion();
      this.snackBar.open(this.i18n.t('agreement.created', { n: version.number }), undefined, {
        duration: 4000,
      });
      await this.router.navigate(['./'], {
        relativeTo: this.route,
        queryParams: { v: version.number },
      });
    } catch (error) {
      this.createError.set(problemMessage(toProblem(error)));
    } finally {
      this.creating.set(false);
    }
  }
}
