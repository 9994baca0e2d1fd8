// The part of this library a plain form page needs (login, registration): imported from
// `@gw/web/shared/ui/forms`, it keeps the rest (dialogs, chips, the import dialog and the
// Material modules behind them) out of those pages' chunks. esbuild assigns a module imported
// through the main barrel to every chunk that imports the barrel, used or not.
export { ErrorMessageComponent } from './lib/error-message/error-message.component';
export { SubmitButtonComponent } from './lib/submit-button/submit-button.component';
export { GwValidators } from './lib/validators';
export { provideFormFieldDefaults } from './lib/form-defaults';
