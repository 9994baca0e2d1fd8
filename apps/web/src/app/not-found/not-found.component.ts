import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent } from '@gw/web/shared/ui';

@Component({
  selector: 'gw-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, EmptyStateComponent, TranslatePipe],
  template: `
    <div class="page">
      <h1 class="visually-hidden">{{ 'app.notFound.title' | t }}</h1>
      <gw-empty-state
        icon="explore_off"
        [title]="'app.notFound.title' | t"
        [text]="'app.notFound.text' | t"
      >
        <a mat-flat-button routerLink="/initiatives">{{ 'app.notFound.back' | t }}</a>
      </gw-empty-state>
    </div>
  `,
})
export class NotFoundComponent {}
