export { SHARED_GOAL_ROUTES } from './lib/shared-goal.routes';
