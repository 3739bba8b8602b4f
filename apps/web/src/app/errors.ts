import type { IssueCode, IssueParams } from '@ses/api-types/rules';
import { type Issue, isApiError } from './http';
import { hasMessage, tDynamic } from './i18n';

const STATUS_KEYS: Record<number, string> = {
  400: 'errors.status.badRequest',
  401: 'errors.status.unauthorized',
  403: 'errors.status.forbidden',
  404: 'errors.status.notFound',
  409: 'errors.status.conflict',
  413: 'errors.status.tooLarge',
  415: 'errors.status.unsupported',
  429: 'errors.status.tooManyRequests',
};

/**
 * The message to show for a failed request, in the user's language: by the error's code
 * when we know it, else by its status; the server's own (English) text is the last resort.
 */
export function errorMessage(e: unknown): string {
  if (!isApiError(e)) return tDynamic('errors.unexpected');
  if (e.isNetworkError) return tDynamic('errors.network');
  // Messages may quote the server's own wording as {detail}; validation issues with a code
  // are said in the user's language instead.
  const named = { detail: e.issues.length && e.issues.every((i) => i.code) ? issuesText(e.issues) : e.message };
  if (e.code && hasMessage(`errors.code.${e.code}`)) return tDynamic(`errors.code.${e.code}`, named);
  if (e.statusCode >= 500) return tDynamic('errors.server');
  const key = STATUS_KEYS[e.statusCode];
  if (key) return tDynamic(key, named);
  return e.message || tDynamic('errors.unexpected');
}

/** Field errors the server sent (`issues[].path` such as `contacts.0.email`), in the user's language. */
export function serverFieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(e)) return out;
  for (const issue of e.issues) if (issue.path && !out[issue.path]) out[issue.path] = issueMessage(issue);
  return out;
}

/**
 * One validation issue (of a request or an import row) in the user's language, from its code
 * and parameters; the server's English message when the code is unknown to this client.
 */
export function issueMessage(issue: { message: string; code?: IssueCode; params?: IssueParams }): string {
  const key = `errors.issue.${issue.code}`;
  if (!issue.code || !hasMessage(key)) return issue.message;
  return tDynamic(key, issue.params ?? {});
}

/** Every issue as `field: message`, joined. */
function issuesText(issues: Issue[]): string {
  return issues
    .map((i) => (i.path ? tDynamic('errors.withField', { field: i.path, message: issueMessage(i) }) : issueMessage(i)))
    .join(tDynamic('errors.issueList'));
}
