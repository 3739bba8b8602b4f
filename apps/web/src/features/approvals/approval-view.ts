import type { Approval } from '@ses/api-types';
import type { RouteLocationRaw } from 'vue-router';

type T = (key: string, named?: Record<string, unknown>) => string;

/** Where the thing waiting for approval is seen in the console. */
export function targetLink(a: Approval): RouteLocationRaw {
  switch (a.kind) {
    case 'override':
      return { name: 'response', params: { id: a.targetId } };
    case 'verification':
      return { name: 'corrective-action', params: { id: a.targetId } };
    case 'release':
      return { name: 'campaign', params: { id: a.targetId } };
  }
}

/** What the requester asked for, in one line. */
export function requestSummary(a: Approval, t: T): string {
  const r = a.request as { grade?: string; theme?: string; reason?: string; comment?: string };
  switch (a.kind) {
    case 'override':
      return t('approvals.summary.override', { grade: r.grade ?? '', theme: r.theme ?? t('approvals.summary.overall'), reason: r.reason ?? '' });
    case 'verification':
      return r.comment ? t('approvals.summary.verificationWithComment', { comment: r.comment }) : t('approvals.summary.verification');
    case 'release':
      return t('approvals.summary.release');
  }
}
