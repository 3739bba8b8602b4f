import { type InjectionKey, computed, inject, onBeforeUnmount, shallowRef } from 'vue';
import type { Declaration } from '@ses/api-types';
import type { AnswerValue, Answers, Question } from '@ses/questionnaire';
import { saveBlob } from '@/app/download';
import { isApiError } from '@/app/http';
import { type ServerAnswers, linkTag, parsePending, storageKey } from './autosave';
import { AutosaveQueue, type SaveStatus, type ServerState } from './autosave-queue';
import { portalApi } from './portal.api';
import type { AnswerSheetResult, Attachment, PortalData } from './portal.types';
import { progress, questionsInScope, validateAnswer } from './questionnaire';
import { LIMITS } from '@ses/api-types/rules';

export type PortalNotice = 'restored' | 'conflictResolved' | 'readonlyNow' | 'gone' | 'offline';

export interface SaveSnapshot {
  answers: ServerAnswers;
  status: SaveStatus;
  /** Questions whose answers the server refused. */
  rejected: Set<string>;
  lastSavedAt: number | null;
}

export const MAX_UPLOAD_BYTES = LIMITS.upload.evidenceBytes;

/** Thrown by `submit` when the latest answers could not be saved first. */
export class UnsavedChangesError extends Error {}

function isReadOnly(view: PortalData): boolean {
  return view.status === 'submitted' || view.campaign.closed;
}

function serverState(view: PortalData): ServerState {
  return { version: view.version, answers: view.answers as ServerAnswers };
}

/** localStorage may be missing or full (private browsing): the page works without the copy. */
function deviceStore(key: string) {
  return {
    read(): string | null {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    write(value: string | null): void {
      try {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      } catch {
        /* the in-memory queue still saves; only the reload safety net is lost */
      }
    },
  };
}

/**
 * A supplier's open questionnaire: the view from the server, the answers as shown (server
 * plus unsaved changes), autosave, evidence files, the answer sheet and submission.
 * Call from a component's setup: it listens to the window while the component lives.
 */
export function usePortal(token: string, initial: PortalData) {
  const view = shallowRef(initial);
  const notices = shallowRef<{ kind: PortalNotice; count?: number }[]>([]);
  /** Set by a submission from this page, so that the read-only view can take the focus. */
  const justSubmitted = shallowRef(false);
  const store = deviceStore(storageKey(initial.campaign.id, linkTag(token)));
  // The queue reports every change of its state through `sync` (never from its constructor).
  const state = shallowRef<SaveSnapshot>({
    answers: initial.answers as ServerAnswers,
    status: 'idle',
    rejected: new Set(),
    lastSavedAt: null,
  });

  const queue = new AutosaveQueue(
    serverState(initial),
    {
      save: (version, answers, { keepalive }) => portalApi.save(token, version, answers, keepalive),
      reload: async () => {
        const fresh = await portalApi.get(token);
        view.value = fresh;
        return isReadOnly(fresh) ? null : serverState(fresh);
      },
      persist: (s) => store.write(s),
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (h) => window.clearTimeout(h as number),
      onUpdate: () => sync(),
      onStop: (reason) => {
        addNotice(reason === 'gone' ? 'gone' : 'readonlyNow');
        if (reason === 'readonly') void reload().catch(() => undefined);
      },
    },
    // A read-only response gets no autosave: anything left on the device cannot be saved.
    isReadOnly(initial) ? {} : parsePending(store.read()),
  );
  if (isReadOnly(initial)) queue.stop('readonly');
  if (queue.restored) addNotice('restored', queue.restored);

  sync();
  function sync(): void {
    state.value = {
      answers: queue.answers,
      status: queue.status,
      rejected: new Set(Object.keys(queue.rejected)),
      lastSavedAt: queue.lastSavedAt,
    };
    if (queue.conflictResolved) {
      queue.conflictResolved = false;
      addNotice('conflictResolved');
    }
  }

  function addNotice(kind: PortalNotice, count?: number): void {
    notices.value = [...notices.value.filter((n) => n.kind !== kind), { kind, count }];
  }
  function dismissNotice(kind: PortalNotice): void {
    notices.value = notices.value.filter((n) => n.kind !== kind);
  }

  const readOnly = computed(() => isReadOnly(view.value) || state.value.status === 'readonly');
  const definition = computed(() => view.value.definition);
  const answers = computed(() => state.value.answers);
  const asked = computed(() =>
    questionsInScope(definition.value, view.value.depth, answers.value as Answers),
  );
  const prog = computed(() =>
    progress(definition.value, view.value.depth, answers.value as Answers),
  );
  const filesByQuestion = computed(() => {
    const out = new Map<string, Attachment[]>();
    for (const a of view.value.attachments)
      out.set(a.questionId, [...(out.get(a.questionId) ?? []), a]);
    return out;
  });
  /** Required evidence not attached yet, for questions whose answer is otherwise complete (as the server checks). */
  const missingEvidence = computed(() =>
    asked.value
      .filter(
        (q) => q.evidence === 'required' && q.type !== 'file' && !filesByQuestion.value.has(q.id),
      )
      .filter((q) => !prog.value.missingRequired.includes(q.id))
      .map((q) => q.id),
  );
  const toConfirm = computed(() =>
    asked.value.filter((q) => answers.value[q.id]?.needsConfirmation).map((q) => q.id),
  );

  /** Queues an answer; false when the value does not fit the question (nothing is queued). */
  function setValue(question: Question, value: AnswerValue): boolean {
    if (validateAnswer(question, value) !== null) return false;
    queue.change(question.id, { value });
    return true;
  }
  function setComment(questionId: string, comment: string): void {
    queue.change(questionId, { comment });
  }
  /** Saving the same value is how a carried-over answer is confirmed. */
  function confirm(questionIds: string[]): void {
    for (const id of questionIds)
      queue.change(id, { value: (answers.value[id]?.value ?? null) as AnswerValue });
  }

  function fileIds(questionId: string): string[] {
    const v = answers.value[questionId]?.value;
    return Array.isArray(v) ? (v as string[]) : [];
  }

  async function attach(question: Question, file: File): Promise<Attachment> {
    const attachment = await portalApi.upload(token, question.id, file);
    view.value = { ...view.value, attachments: [...view.value.attachments, attachment] };
    // A `file` question's answer is the list of its attachments.
    if (question.type === 'file') setValue(question, [...fileIds(question.id), attachment.id]);
    return attachment;
  }

  async function detach(question: Question, attachment: Attachment): Promise<void> {
    await portalApi.remove(token, attachment.id);
    view.value = {
      ...view.value,
      attachments: view.value.attachments.filter((a) => a.id !== attachment.id),
    };
    if (question.type === 'file') {
      const rest = fileIds(question.id).filter((id) => id !== attachment.id);
      setValue(question, rest.length ? rest : null);
    }
  }

  async function download(attachment: Attachment): Promise<void> {
    const { blob, fileName } = await portalApi.download(token, attachment);
    saveBlob(blob, fileName);
  }

  async function downloadSheet(): Promise<void> {
    await queue.flush();
    const { blob, fileName } = await portalApi.answerSheet(token);
    saveBlob(blob, fileName);
  }

  async function uploadSheet(file: File): Promise<AnswerSheetResult> {
    // Unsaved edits first, so that the sheet's answers land on top of everything typed so far.
    await queue.flush();
    const result = await portalApi.uploadAnswerSheet(token, file);
    if (!result.errors.length) await reload();
    return result;
  }

  async function reload(): Promise<void> {
    const fresh = await portalApi.get(token);
    view.value = fresh;
    if (isReadOnly(fresh)) queue.stop('readonly');
    else queue.replaceServer(serverState(fresh));
  }

  async function submit(declaration: Declaration): Promise<void> {
    if (!(await queue.flush({ all: true }))) throw new UnsavedChangesError();
    try {
      view.value = await portalApi.submit(token, declaration);
    } catch (e) {
      // Submitted from another tab or device meanwhile: show what the server has.
      if (isApiError(e) && e.code === 'ALREADY_SUBMITTED') await reload();
      throw e;
    }
    justSubmitted.value = true;
    queue.stop('readonly');
  }

  // Nothing typed is lost: saved when the page is hidden or left, and again when back online.
  const flushNow = () => void queue.flush({ all: true, keepalive: true });
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  const onOnline = () => {
    dismissNotice('offline');
    queue.retryNow();
  };
  const onOffline = () => {
    if (!readOnly.value) addNotice('offline');
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flushNow);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flushNow);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    flushNow();
  });

  return {
    token,
    view,
    readOnly,
    justSubmitted,
    definition,
    answers,
    asked,
    progress: prog,
    filesByQuestion,
    missingEvidence,
    toConfirm,
    saveState: state,
    notices,
    dismissNotice,
    setValue,
    setComment,
    confirm,
    attach,
    detach,
    download,
    downloadSheet,
    uploadSheet,
    submit,
    retrySave: () => queue.retryNow(),
  };
}

export type PortalSession = ReturnType<typeof usePortal>;
export const PORTAL_SESSION: InjectionKey<PortalSession> = Symbol('portal-session');

export function usePortalSession(): PortalSession {
  const session = inject(PORTAL_SESSION);
  if (!session) throw new Error('usePortalSession() outside a portal session');
  return session;
}
