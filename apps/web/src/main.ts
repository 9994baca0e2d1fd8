import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // Nothing else can report a failed start: the app never rendered.
  // eslint-disable-next-line no-console
  console.error(error);
});
