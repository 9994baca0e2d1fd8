import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { Router, RouterLink } from '@angular/router';
import { DEFAULT_PAGE_SIZE } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { problemMessage } from '@gw/web/shared/data-access';
import { TranslatePipe, phaseKey, roleKey } from '@gw/web/shared/i18n';
import { EmptyStateComponent, ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';
import { TodoListComponent } from '@gw/web/todos/feature';

/**
 * `/initiatives?page=n`, the start page: what waits for the user across their initiatives, and
 * the initiatives they are a member of.
 */
@Component({
  selector: 'gw-initiative-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorMessageComponent,
    TodoListComponent,
    TranslatePipe,
  ],
  templateUrl: './initiative-list.component.html',
  styleUrl: './initiative-list.component.scss',
})
export class InitiativeListComponent {
  /** Query parameter. */
  readonly page = input<string>();

  protected readonly store = inject(InitiativesStore);
  private readonly router = inject(Router);
  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly phaseKey = phaseKey;
  protected readonly roleKey = roleKey;
  protected readonly pageNumber = computed(() => Math.max(1, Number(this.page()) || 1));
  protected readonly errorMessage = computed(() => {
    const error = this.store.listError();
    return error ? problemMessage(error) : null;
  });

  constructor() {
    effect(() => void this.store.loadList(this.pageNumber(), this.pageSize));
  }

  protected changePage(event: PageEvent): void {
    void this.router.navigate([], { queryParams: { page: event.pageIndex + 1 } });
  }

  protected retry(): void {
    void this.store.loadList(this.pageNumber(), this.pageSize);
  }
}
