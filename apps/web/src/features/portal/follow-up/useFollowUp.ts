import { reactive } from 'vue';
import type { FeedbackSheet, PortalCorrectiveAction } from '@ses/api-types';
import { isApiError } from '@/app/http';
import type { Locale } from '@/app/locale';
import { followUpApi } from './follow-up.api';

export type FollowUpSection = 'feedback' | 'actions';

interface FollowUpState {
  /** null until loaded. */
  actions: PortalCorrectiveAction[] | null;
  actionsError: unknown;
  /** null until known; false while the buyer has not released the sheet. */
  feedbackReleased: boolean | null;
  /** The sheet in each language asked for so far. */
  feedback: Partial<Record<Locale, FeedbackSheet>>;
  feedbackError: unknown;
  /** Set by the section links: the section shown next takes the focus. */
  focusSection: boolean;
}

function createFollowUp(token: string) {
  const state = reactive<FollowUpState>({
    actions: null,
    actionsError: null,
    feedbackReleased: null,
    feedback: {},
    feedbackError: null,
    focusSection: false,
  });
  let actionsRequest: Promise<void> | null = null;
  const feedbackRequests = new Map<Locale, Promise<void>>();

  function loadActions(): Promise<void> {
    state.actionsError = null;
    actionsRequest ??= followUpApi.actions(token).then(
      (list) => void (state.actions = list),
      (e: unknown) => {
        state.actionsError = e;
        actionsRequest = null;
      },
    );
    return actionsRequest;
  }

  function loadFeedback(lang: Locale): Promise<void> {
    state.feedbackError = null;
    let request = feedbackRequests.get(lang);
    if (!request) {
      request = followUpApi.feedback(token, lang).then(
        (sheet) => {
          state.feedback[lang] = sheet;
          state.feedbackReleased = true;
        },
        (e: unknown) => {
          feedbackRequests.delete(lang);
          if (isApiError(e) && e.code === 'FEEDBACK_NOT_RELEASED') state.feedbackReleased = false;
          else state.feedbackError = e;
        },
      );
      feedbackRequests.set(lang, request);
    }
    return request;
  }

  function replaceAction(action: PortalCorrectiveAction): void {
    if (state.actions) state.actions = state.actions.map((a) => (a.id === action.id ? action : a));
  }

  async function reloadAction(id: string): Promise<void> {
    replaceAction(await followUpApi.action(token, id));
  }

  return { token, state, loadActions, loadFeedback, replaceAction, reloadAction };
}

export type FollowUp = ReturnType<typeof createFollowUp>;

// One per link for the page's life, shared by the section links and the sections.
const byToken = new Map<string, FollowUp>();

export function useFollowUp(token: string): FollowUp {
  let f = byToken.get(token);
  if (!f) byToken.set(token, (f = createFollowUp(token)));
  return f;
}
