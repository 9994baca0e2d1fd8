import {
  ACTOR_AREA_NAMES,
  ACTOR_KIND_NAMES,
  BODY_TYPE_NAMES,
  ROLE_NAMES,
  TARGET_GROUP_NAMES,
  VERSION_STATUS_NAMES,
} from '@gw/shared/contracts';

/**
 * German names the API writes into documents it produces (PDFs, exports, prefilled text): the
 * same words the web shows (`@gw/shared/contracts` labels).
 */
export const AREA_LABELS = ACTOR_AREA_NAMES.de;
export const KIND_LABELS = ACTOR_KIND_NAMES.de;
export const TARGET_GROUP_LABELS = TARGET_GROUP_NAMES.de;
export const ROLE_LABELS = ROLE_NAMES.de;
export const BODY_TYPE_LABELS = BODY_TYPE_NAMES.de;
export const VERSION_STATUS_LABELS = VERSION_STATUS_NAMES.de;
