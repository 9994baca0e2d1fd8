import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Actor } from '@gw/shared/contracts';
import { TranslatePipe } from '@gw/web/shared/i18n';

/** Everything about an actor that does not fit in its row: contacts, contributions, links. */
@Component({
  selector: 'gw-actor-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @let item = actor();
    <div class="details">
      @if (showContacts()) {
        <div class="block">
          <h3 class="heading">{{ 'actors.field.contacts' | t }}</h3>
          @if (item.contacts.length === 0) {
            <p class="none">{{ 'actors.contact.none' | t }}</p>
          } @else {
            <ul class="contacts">
              @for (contact of item.contacts; track $index) {
                <li>
                  <strong>{{ contact.name }}</strong>
                  @if (contact.function) {
                    <span>, {{ contact.function }}</span>
                  }
                  @if (contact.email) {
                    <br /><a [href]="'mailto:' + contact.email">{{ contact.email }}</a>
                  }
                  @if (contact.phone) {
                    <br /><a [href]="'tel:' + contact.phone">{{ contact.phone }}</a>
                  }
                </li>
              }
            </ul>
          }
        </div>
      }
      <div class="block">
        <h3 class="heading">{{ 'actors.field.contributions' | t }}</h3>
        <p class="text" [class.none]="!item.contributions">{{ item.contributions || '–' }}</p>
        <h3 class="heading">{{ 'actors.field.resources' | t }}</h3>
        <p class="text" [class.none]="!item.resources">{{ item.resources || '–' }}</p>
      </div>
      <div class="block">
        <h3 class="heading">{{ 'actors.field.representatives' | t }}</h3>
        <p class="text" [class.none]="item.representatives.length === 0">
          @for (person of item.representatives; track person.userId; let last = $last) {
            {{ person.displayName }}{{ last ? '' : ', ' }}
          } @empty {
            {{ 'actors.representatives.none' | t }}
          }
        </p>
        @if (item.website) {
          <h3 class="heading">{{ 'actors.field.website' | t }}</h3>
          <p class="text">
            <a [href]="item.website" target="_blank" rel="noopener noreferrer">{{
              item.website
            }}</a>
          </p>
        }
      </div>
    </div>
  `,
  styles: `
    .details {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: var(--gw-space-4);
      padding: var(--gw-space-3) 0 var(--gw-space-4);
      white-space: normal;
    }
    .heading {
      margin: 0 0 var(--gw-space-1);
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .heading:not(:first-child) {
      margin-block-start: var(--gw-space-3);
    }
    .contacts {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: var(--gw-space-2);
    }
    .text {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ActorDetailsComponent {
  readonly actor = input.required<Actor>();
  /** Contact persons are shown only to the roles that receive them (mayReadContacts). */
  readonly showContacts = input(true);
}
