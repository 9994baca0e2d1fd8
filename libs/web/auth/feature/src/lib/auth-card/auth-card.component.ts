import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';

type AuthPage = 'login' | 'register';

/** The texts of each page, and the page its link leads to. */
const PAGES: Record<
  AuthPage,
  {
    heading: TranslationKey;
    intro: TranslationKey;
    switchQuestion: TranslationKey;
    switchLabel: TranslationKey;
    switchTo: AuthPage;
  }
> = {
  login: {
    heading: 'auth.login.title',
    intro: 'auth.login.intro',
    switchQuestion: 'auth.login.noAccount',
    switchLabel: 'auth.login.toRegister',
    switchTo: 'register',
  },
  register: {
    heading: 'auth.register.title',
    intro: 'auth.register.intro',
    switchQuestion: 'auth.register.haveAccount',
    switchLabel: 'auth.register.toLogin',
    switchTo: 'login',
  },
};

/**
 * The card the sign-in and the registration share: heading, intro, the page's messages and form
 * (projected), and the link to the other page, which carries the return address and e-mail on.
 */
@Component({
  selector: 'gw-auth-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="gw-card">
      <h1>{{ texts().heading | t }}</h1>
      <p class="intro">{{ texts().intro | t }}</p>
      <ng-content />
      <p class="switch">
        {{ texts().switchQuestion | t }}
        <a
          [routerLink]="['/auth', texts().switchTo]"
          [queryParams]="{ returnUrl: returnUrl() ?? null, email: email() ?? null }"
          >{{ texts().switchLabel | t }}</a
        >
      </p>
    </div>
  `,
  styleUrl: './auth-card.component.scss',
})
export class AuthCardComponent {
  readonly page = input.required<AuthPage>();
  /** Carried on to the other page. */
  readonly returnUrl = input<string>();
  readonly email = input<string>();

  protected readonly texts = computed(() => PAGES[this.page()]);
}
