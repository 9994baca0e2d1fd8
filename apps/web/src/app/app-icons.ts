import { inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import accountCircle from '@material-symbols/svg-400/outlined/account_circle.svg';
import accountTree from '@material-symbols/svg-400/outlined/account_tree.svg';
import add from '@material-symbols/svg-400/outlined/add.svg';
import arrowBack from '@material-symbols/svg-400/outlined/arrow_back.svg';
import arrowDownward from '@material-symbols/svg-400/outlined/arrow_downward.svg';
import arrowForward from '@material-symbols/svg-400/outlined/arrow_forward.svg';
import arrowUpward from '@material-symbols/svg-400/outlined/arrow_upward.svg';
import badge from '@material-symbols/svg-400/outlined/badge.svg';
import block from '@material-symbols/svg-400/outlined/block.svg';
import cancel from '@material-symbols/svg-400/outlined/cancel.svg';
import category from '@material-symbols/svg-400/outlined/category.svg';
import chatBubble from '@material-symbols/svg-400/outlined/chat_bubble.svg';
import check from '@material-symbols/svg-400/outlined/check.svg';
import checkCircle from '@material-symbols/svg-400/outlined/check_circle.svg';
import chevronRight from '@material-symbols/svg-400/outlined/chevron_right.svg';
import close from '@material-symbols/svg-400/outlined/close.svg';
import compareArrows from '@material-symbols/svg-400/outlined/compare_arrows.svg';
import contentCopy from '@material-symbols/svg-400/outlined/content_copy.svg';
import deleteIcon from '@material-symbols/svg-400/outlined/delete.svg';
import description from '@material-symbols/svg-400/outlined/description.svg';
import diversity3 from '@material-symbols/svg-400/outlined/diversity_3.svg';
import doNotDisturbOn from '@material-symbols/svg-400/outlined/do_not_disturb_on.svg';
import download from '@material-symbols/svg-400/outlined/download.svg';
import dragIndicator from '@material-symbols/svg-400/outlined/drag_indicator.svg';
import edit from '@material-symbols/svg-400/outlined/edit.svg';
import error from '@material-symbols/svg-400/outlined/error.svg';
import eventIcon from '@material-symbols/svg-400/outlined/event.svg';
import exploreOff from '@material-symbols/svg-400/outlined/explore_off.svg';
import flag from '@material-symbols/svg-400/outlined/flag.svg';
import groups from '@material-symbols/svg-400/outlined/groups.svg';
import historyIcon from '@material-symbols/svg-400/outlined/history.svg';
import howToVote from '@material-symbols/svg-400/outlined/how_to_vote.svg';
import info from '@material-symbols/svg-400/outlined/info.svg';
import keyboardArrowDown from '@material-symbols/svg-400/outlined/keyboard_arrow_down.svg';
import keyboardArrowUp from '@material-symbols/svg-400/outlined/keyboard_arrow_up.svg';
import lightbulb from '@material-symbols/svg-400/outlined/lightbulb.svg';
import lists from '@material-symbols/svg-400/outlined/lists.svg';
import locationOn from '@material-symbols/svg-400/outlined/location_on.svg';
import lock from '@material-symbols/svg-400/outlined/lock.svg';
import logout from '@material-symbols/svg-400/outlined/logout.svg';
import mail from '@material-symbols/svg-400/outlined/mail.svg';
import markEmailRead from '@material-symbols/svg-400/outlined/mark_email_read.svg';
import menu from '@material-symbols/svg-400/outlined/menu.svg';
import monitoring from '@material-symbols/svg-400/outlined/monitoring.svg';
import pending from '@material-symbols/svg-400/outlined/pending.svg';
import personAdd from '@material-symbols/svg-400/outlined/person_add.svg';
import personRemove from '@material-symbols/svg-400/outlined/person_remove.svg';
import radioButtonUnchecked from '@material-symbols/svg-400/outlined/radio_button_unchecked.svg';
import schedule from '@material-symbols/svg-400/outlined/schedule.svg';
import search from '@material-symbols/svg-400/outlined/search.svg';
import send from '@material-symbols/svg-400/outlined/send.svg';
import showChart from '@material-symbols/svg-400/outlined/show_chart.svg';
import thumbDown from '@material-symbols/svg-400/outlined/thumb_down.svg';
import thumbUp from '@material-symbols/svg-400/outlined/thumb_up.svg';
import translate from '@material-symbols/svg-400/outlined/translate.svg';
import trendingDown from '@material-symbols/svg-400/outlined/trending_down.svg';
import trendingUp from '@material-symbols/svg-400/outlined/trending_up.svg';
import undo from '@material-symbols/svg-400/outlined/undo.svg';
import uploadFile from '@material-symbols/svg-400/outlined/upload_file.svg';
import verified from '@material-symbols/svg-400/outlined/verified.svg';
import visibility from '@material-symbols/svg-400/outlined/visibility.svg';
import visibilityOff from '@material-symbols/svg-400/outlined/visibility_off.svg';
import warning from '@material-symbols/svg-400/outlined/warning.svg';

/**
 * The icons the app uses, as inline SVG (Material Symbols, outlined, weight 400): a few
 * kilobytes in the bundle instead of the 4 MB icon font. Use them as `<mat-icon svgIcon="…" />`;
 * a new icon is added here.
 */
export const APP_ICONS: Record<string, string> = {
  account_circle: accountCircle,
  account_tree: accountTree,
  add,
  arrow_back: arrowBack,
  arrow_downward: arrowDownward,
  arrow_forward: arrowForward,
  arrow_upward: arrowUpward,
  badge,
  block,
  cancel,
  category,
  chat_bubble: chatBubble,
  check,
  check_circle: checkCircle,
  chevron_right: chevronRight,
  close,
  compare_arrows: compareArrows,
  content_copy: contentCopy,
  delete: deleteIcon,
  description,
  diversity_3: diversity3,
  do_not_disturb_on: doNotDisturbOn,
  download,
  drag_indicator: dragIndicator,
  edit,
  error,
  event: eventIcon,
  explore_off: exploreOff,
  flag,
  groups,
  history: historyIcon,
  how_to_vote: howToVote,
  info,
  keyboard_arrow_down: keyboardArrowDown,
  keyboard_arrow_up: keyboardArrowUp,
  lightbulb,
  lists,
  location_on: locationOn,
  lock,
  logout,
  mail,
  mark_email_read: markEmailRead,
  menu,
  monitoring,
  pending,
  person_add: personAdd,
  person_remove: personRemove,
  radio_button_unchecked: radioButtonUnchecked,
  schedule,
  search,
  send,
  show_chart: showChart,
  thumb_down: thumbDown,
  thumb_up: thumbUp,
  translate,
  trending_down: trendingDown,
  trending_up: trendingUp,
  undo,
  upload_file: uploadFile,
  verified,
  visibility,
  visibility_off: visibilityOff,
  warning,
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
