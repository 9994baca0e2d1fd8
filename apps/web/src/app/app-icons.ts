import { inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import accountCircle from '@material-symbols/svg-400/outlined/account_circle.svg';
import add from '@material-symbols/svg-400/outlined/add.svg';
import arrowBack from '@material-symbols/svg-400/outlined/arrow_back.svg';
import badge from '@material-symbols/svg-400/outlined/badge.svg';
import cancel from '@material-symbols/svg-400/outlined/cancel.svg';
import check from '@material-symbols/svg-400/outlined/check.svg';
import chevronRight from '@material-symbols/svg-400/outlined/chevron_right.svg';
import contentCopy from '@material-symbols/svg-400/outlined/content_copy.svg';
import description from '@material-symbols/svg-400/outlined/description.svg';
import diversity3 from '@material-symbols/svg-400/outlined/diversity_3.svg';
import edit from '@material-symbols/svg-400/outlined/edit.svg';
import error from '@material-symbols/svg-400/outlined/error.svg';
import exploreOff from '@material-symbols/svg-400/outlined/explore_off.svg';
import flag from '@material-symbols/svg-400/outlined/flag.svg';
import info from '@material-symbols/svg-400/outlined/info.svg';
import lightbulb from '@material-symbols/svg-400/outlined/lightbulb.svg';
import locationOn from '@material-symbols/svg-400/outlined/location_on.svg';
import logout from '@material-symbols/svg-400/outlined/logout.svg';
import mail from '@material-symbols/svg-400/outlined/mail.svg';
import markEmailRead from '@material-symbols/svg-400/outlined/mark_email_read.svg';
import personRemove from '@material-symbols/svg-400/outlined/person_remove.svg';
import translate from '@material-symbols/svg-400/outlined/translate.svg';
import visibility from '@material-symbols/svg-400/outlined/visibility.svg';
import visibilityOff from '@material-symbols/svg-400/outlined/visibility_off.svg';

/**
 * The icons the app uses, as inline SVG (Material Symbols, outlined, weight 400): a few
 * kilobytes in the bundle instead of the 4 MB icon font. Use them as `<mat-icon svgIcon="…" />`;
 * a new icon is added here.
 */
export const APP_ICONS: Record<string, string> = {
  account_circle: accountCircle,
  add,
  arrow_back: arrowBack,
  badge,
  cancel,
  check,
  chevron_right: chevronRight,
  content_copy: contentCopy,
  description,
  diversity_3: diversity3,
  edit,
  explore_off: exploreOff,
  error,
  flag,
  info,
  lightbulb,
  location_on: locationOn,
  logout,
  mail,
  mark_email_read: markEmailRead,
  person_remove: personRemove,
  translate,
  visibility,
  visibility_off: visibilityOff,
};

export function provideAppIcons() {
  return provideEnvironmentInitializer(() => {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    for (const [name, svg] of Object.entries(APP_ICONS)) {
      // The SVGs come from the bundle (a pinned npm package), never from user input.
      registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
    }
  });
}
