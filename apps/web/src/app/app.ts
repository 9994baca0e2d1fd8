import { DOCUMENT, ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { filter, skip } from 'rxjs';
import { AuthStore, LoadingState } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';

@Component({
  selector: 'gw-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    MatToolbarModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18nService);
  protected readonly loading = inject(LoadingState);
  protected readonly user = this.auth.user;
  protected readonly userMenuOpen = signal(false);

  constructor() {
    // After an in-app navigation, move focus to the new page, as a page load would.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());
  }

  protected switchLanguage(): void {
    this.i18n.setLang(this.i18n.lang() === 'de' ? 'en' : 'de');
  }

  protected logout(menu: HTMLElement): void {
    menu.hidePopover();
    void this.auth.logout();
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.document.getElementById('main')?.focus({ preventScroll: true });
  }
}
