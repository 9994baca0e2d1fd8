import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type DateStyle, I18nService } from './i18n.service';

/** `{{ initiative.createdAt | gwDate }}`: a date in the format of the current language. */
@Pipe({ name: 'gwDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
    return this.i18n.formatDate(value, style);
  }
}
