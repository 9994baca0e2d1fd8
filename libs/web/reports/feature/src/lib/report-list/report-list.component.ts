import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { VersionStatusComponent } from '@gw/web/artifacts/feature';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { type Report, ReportsStore } from '@gw/web/reports/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import {
  EmptyStateComponent,
  ErrorMessageComponent,
  PageHeaderComponent,
  openFormDialog,
} from '@gw/web/shared/ui';
import { CreateReportDialogComponent } from '../create-report-dialog/create-report-dialog.component';
import { periodTypeKey, reportStatusKey } from '../report-keys';

/**
 * `/initiatives/:id/reports`: the initiative's reports, newest first, with period and state;
 * the coordination office creates one here, everyone may compare two.
 */
@Component({
  selector: 'gw-report-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    EmptyStateComponent,
    ErrorMessageComponent,
    PageHeaderComponent,
    VersionStatusComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './report-list.component.html',
  styleUrl: './report-list.component.scss',
})
export class ReportListComponent {
  protected readonly store = inject(ReportsStore);
  private readonly initiatives = inject(InitiativesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly errorMessage = messageOf(this.store.error);
  protected readonly periodTypeKey = periodTypeKey;
  protected readonly statusKey = reportStatusKey;

  constructor() {
    effect(() => {
      const id = this.initiatives.access()?.id;
      if (id) untracked(() => void this.store.load(id));
    });
  }

  protected retry(): void {
    void this.store.reload();
  }

  protected async create(): Promise<void> {
    const report = await openFormDialog<CreateReportDialogComponent, null, Report>(
      this.dialog,
      CreateReportDialogComponent,
      null,
      this.injector,
    );
    if (!report) return;
    this.snackBar.open(
      this.i18n.t('reports.created', { title: report.content.title }),
      this.i18n.t('action.close'),
      { duration: 5000 },
    );
    await this.router.navigate([report.artifactId], { relativeTo: this.route });
  }
}
