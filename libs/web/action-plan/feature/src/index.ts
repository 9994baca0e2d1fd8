export { ACTION_PLAN_ROUTES } from './lib/action-plan.routes';
