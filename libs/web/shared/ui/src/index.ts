export { PageHeaderComponent } from './lib/page-header/page-header.component';
export { EmptyStateComponent } from './lib/empty-state/empty-state.component';
export { ErrorMessageComponent } from './lib/error-message/error-message.component';
export {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from './lib/confirm-dialog/confirm-dialog.component';
export { PhaseStepperComponent } from './lib/phase-stepper/phase-stepper.component';
export { ChipsFieldComponent } from './lib/chips-field/chips-field.component';
export { SubmitButtonComponent } from './lib/submit-button/submit-button.component';
export { GwValidators } from './lib/validators';
export { provideFormFieldDefaults } from './lib/form-defaults';
export { focusFirstInvalidField } from './lib/focus-invalid';
