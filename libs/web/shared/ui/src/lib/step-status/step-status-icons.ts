import type { StepStatus } from '@gw/shared/contracts';

/** One icon per step status, so that the status is never told by colour alone. */
export const STEP_STATUS_ICONS: Record<StepStatus, string> = {
  open: 'radio_button_unchecked',
  in_progress: 'pending',
  done: 'check_circle',
  not_applicable: 'do_not_disturb_on',
};
