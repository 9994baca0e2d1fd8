// The Jest setup of every Angular project (apps/web and libs/web/**).
import { getTestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// Components render icons by name; the real SVGs are registered by the app shell
// (apps/web/src/app/app-icons.ts, whose spec checks that every name used is registered).
beforeEach(() => getTestBed().configureTestingModule({ imports: [MatIconTestingModule] }));
