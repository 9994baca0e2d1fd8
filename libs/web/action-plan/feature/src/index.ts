export { ACTION_PLAN_ROUTES, loadActionPlanTexts } from './lib/action-plan.routes';
