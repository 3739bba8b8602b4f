import { hasMessage, tDynamic } from '@/app/i18n';

/** "Supplier" for `supplier`; an unknown type as it is. */
export function entityLabel(type: string): string {
  const key = `audit.entityTypes.${type}`;
  return hasMessage(key) ? tDynamic(key) : type;
}

/** "Plan approved" for `corrective_action.plan_approved` (keys nest by the dot); else null. */
export function actionLabel(action: string): string | null {
  const key = `audit.actions.${action}`;
  return /^[a-z_]+\.[a-z_]+$/.test(action) && hasMessage(key) ? tDynamic(key) : null;
}
