import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { SignatureOverview, VersionStatus } from '@gw/shared/contracts';
import { LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { signatoryStatusKey } from '../status-keys';

/**
 * Who has to sign a frozen version, who has (and when, by whom), who declined and why; later
 * accessions and withdrawals. The actions are offered to whoever may take them.
 */
@Component({
  selector: 'gw-signature-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './signature-panel.component.html',
  styleUrl: './signature-panel.component.scss',
})
export class SignaturePanelComponent {
  readonly overview = input.required<SignatureOverview>();
  readonly status = input.required<VersionStatus>();
  /** Partners the user may sign or accede for now. */
  readonly canSign = input(false);
  readonly canWithdraw = input(false);

  readonly signRequested = output<void>();
  readonly withdrawRequested = output<void>();

  protected readonly statusKey = signatoryStatusKey;
  protected readonly total = computed(() => this.overview().required.length);
  protected readonly signed = computed(
    () => this.overview().required.filter((s) => s.status === 'signed').length,
  );
  protected readonly percent = computed(() =>
    this.total() ? Math.round((this.signed() / this.total()) * 100) : 0,
  );
  protected readonly accede = computed(() => this.status() === 'in_force');
}
