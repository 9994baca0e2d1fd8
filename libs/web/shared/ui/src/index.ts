export * from './forms';
export { PageHeaderComponent } from './lib/page-header/page-header.component';
export { EmptyStateComponent } from './lib/empty-state/empty-state.component';
export { StaleNoticeComponent } from './lib/stale-notice/stale-notice.component';
export {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  confirm,
} from './lib/confirm-dialog/confirm-dialog.component';
export { PhaseStepperComponent } from './lib/phase-stepper/phase-stepper.component';
export { STEP_STATUS_ICONS } from './lib/step-status/step-status-icons';
export { ChipsFieldComponent } from './lib/chips-field/chips-field.component';
export { StatusChipComponent, type StatusTone } from './lib/status-chip/status-chip.component';
export { GwDateAdapter, provideDateAdapter, toIsoDate, fromIsoDate } from './lib/date-adapter';
export { openFormDialog } from './lib/form-dialog/form-dialog';
export { ConfirmDiscardDirective } from './lib/form-dialog/confirm-discard.directive';
export { fakeDialogRef } from './lib/form-dialog/dialog-ref.testing';
export {
  FormDialogComponent,
  type DialogSubmission,
} from './lib/form-dialog/form-dialog.component';
export { saveFile } from './lib/save-file';
export { ImportDialogComponent } from './lib/import-dialog/import-dialog.component';
export {
  type ImportErrorList,
  type ImportErrorRow,
  type ImportFailure,
  type ImportFormat,
  type ImportMessage,
  type ImportResult,
  type ImportTextsPrefix,
  type ImportUpload,
} from './lib/import-dialog/import-dialog.model';
export { parseDecimal, formatDecimal, decimalValidator } from './lib/decimal';
export { formatPeriod, type PeriodTextsPrefix } from './lib/period';
export * as importDialogTesting from './lib/import-dialog/import-dialog.testing';
