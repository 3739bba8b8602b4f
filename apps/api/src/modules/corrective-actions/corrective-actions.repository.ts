import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CorrectiveActionStatus } from '@ses/api-types';
import { modify } from '../../common/sql';
import { effectiveThemeGrade } from '../responses/effective-grades';
import { ATTACHMENTS, RESPONSES, gradesVisibleSql } from '../responses/responses.sql';
import { CAMPAIGNS } from '../campaigns/campaigns.sql';
import { QUESTIONNAIRE_VERSIONS } from '../questionnaires/questionnaires.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';
import { USERS } from '../users/users.sql';

/**
 * Of `corrective_actions` aliased `ca`: what the supplier may see. An action opened for a Z
 * at grading tells the grade, so it shows (and is mailed) only once the supplier may see its
 * grades (DESIGN: grade visibility); one a buyer opened by hand shows at once.
 */
const VISIBLE_TO_SUPPLIER = `(opened_by <> 'auto' OR EXISTS (
  SELECT 1 FROM ${RESPONSES} rv JOIN ${CAMPAIGNS} cv ON cv.id = rv.campaign_id
  WHERE rv.id = corrective_actions.response_id AND ${gradesVisibleSql('rv', 'cv')}))`;

/** A `corrective_actions` row as PostgreSQL returns it. */
export interface ActionRow {
  id: string;
  organization_id: string;
  campaign_id: string;
  response_id: string;
  supplier_id: string;
  theme: string;
  status: CorrectiveActionStatus;
  failed_points: string[];
  opened_by: string;
  owner_id: string | null;
  due_date: string;
  plan: string | null;
  plan_submitted_at: Date | null;
  review_comment: string | null;
  reviewed_at: Date | null;
  report: string | null;
  reported_at: Date | null;
  verify_comment: string | null;
  closed_at: Date | null;
  escalated_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** An action with what the board shows beside it. */
export interface BoardRow extends ActionRow {
  supplier_name: string;
  campaign_name: string;
  questionnaire_version_id: string;
  owner_name: string | null;
  overdue: boolean;
  re_response_id: string | null;
  re_campaign_id: string | null;
  re_campaign_name: string | null;
  re_status: string | null;
  re_theme_grade: string | null;
}

export interface NewAction {
  organizationId: string;
  campaignId: string;
  responseId: string;
  supplierId: string;
  theme: string;
  failedPoints: string[];
  openedBy: string;
  ownerId: string | null;
  dueDate: string;
}

export interface NewEvent {
  actionId: string;
  kind: string;
  side: 'buyer' | 'supplier' | 'system';
  actor: string;
  comment?: string | null;
  data?: object;
}

export interface EventRow {
  id: string;
  kind: string;
  side: 'buyer' | 'supplier' | 'system';
  actor: string;
  comment: string | null;
  data: Record<string, unknown>;
  created_at: Date;
}

/** Who may see an action: the buyer's organisation, and through a link also its supplier. */
export interface Scope {
  organizationId: string;
  supplierId?: string;
}

export interface BoardFilter {
  campaignId?: string;
  supplierId?: string;
  theme?: string;
  status?: CorrectiveActionStatus | 'open';
  overdue?: boolean;
  limit: number;
  offset: number;
}

export const CLOSED_SQL = `('closed', 'escalated')`;

/**
 * The board's columns for the actions in `ca`. The re-assessment is the same supplier's
 * response to the most recent later campaign of the same questionnaire (any version),
 * computed when read so it follows new submissions and overrides at once. `$1` is today.
 */
const BOARD_SELECT = `
  SELECT ca.*, s.name AS supplier_name, c.name AS campaign_name, c.questionnaire_version_id, u.name AS owner_name,
         (ca.due_date < $1::date AND ca.status NOT IN ${CLOSED_SQL}) AS overdue,
         re.id AS re_response_id, re.campaign_id AS re_campaign_id, re.campaign_name AS re_campaign_name,
         re.status AS re_status, re.theme_grade AS re_theme_grade
  FROM ca
  JOIN ${SUPPLIERS} s ON s.id = ca.supplier_id
  JOIN ${CAMPAIGNS} c ON c.id = ca.campaign_id
  JOIN ${QUESTIONNAIRE_VERSIONS} qv ON qv.id = c.questionnaire_version_id
  LEFT JOIN ${USERS} u ON u.id = ca.owner_id
  LEFT JOIN LATERAL (
    SELECT r2.id, r2.campaign_id, c2.name AS campaign_name,
           CASE WHEN r2.status <> 'submitted' AND c2.due_date < $1::date THEN 'overdue' ELSE r2.status END AS status,
           CASE WHEN r2.status = 'submitted' THEN ${effectiveThemeGrade('r2', 'ca.theme')} END AS theme_grade
    FROM ${RESPONSES} r2
    JOIN ${CAMPAIGNS} c2 ON c2.id = r2.campaign_id
    JOIN ${QUESTIONNAIRE_VERSIONS} qv2 ON qv2.id = c2.questionnaire_version_id
    WHERE r2.supplier_id = ca.supplier_id AND qv2.questionnaire_id = qv.questionnaire_id
      AND c2.status <> 'draft' AND c2.launched_at > c.launched_at
    ORDER BY c2.launched_at DESC
    LIMIT 1
  ) re ON true`;

/** The only code that reads and writes the corrective-action tables. */
@Injectable()
export class CorrectiveActionsRepository {
  constructor(private readonly db: DataSource) {}

  /** Inserts what is not there yet (see the unique indexes); returns only the new rows. */
  async insert(m: EntityManager, actions: NewAction[]): Promise<ActionRow[]> {
    if (actions.length === 0) return [];
    const col = <K extends keyof NewAction>(k: K) => actions.map((a) => a[k]);
    return m.query(
      `INSERT INTO corrective_actions (organization_id, campaign_id, response_id, supplier_id, theme, failed_points, opened_by, owner_id, due_date)
       SELECT o, c, r, s, t, f::jsonb, b, w, d
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::date[]) AS x(o, c, r, s, t, f, b, w, d)
       ON CONFLICT DO NOTHING
       RETURNING *`,
      [
        col('organizationId'),
        col('campaignId'),
        col('responseId'),
        col('supplierId'),
        col('theme'),
        actions.map((a) => JSON.stringify(a.failedPoints)),
        col('openedBy'),
        col('ownerId'),
        col('dueDate'),
      ],
    );
  }

  /**
   * Sets `set` and the new status only if the action is still in one of `from`: one
   * statement, so two clicks (or a buyer and a supplier at once) cannot both move it.
   * `requireEvidence` also needs an evidence file in the same statement. Null: nothing moved.
   */
  async transition(
    m: EntityManager,
    scope: Scope,
    id: string,
    step: { from: readonly CorrectiveActionStatus[]; to: CorrectiveActionStatus | null; set: Record<string, unknown>; requireEvidence?: boolean },
  ): Promise<ActionRow | null> {
    const params: unknown[] = [id, scope.organizationId, scope.supplierId ?? null, [...step.from]];
    const sets = Object.entries(step.set).map(([column, value]) => {
      // `now()` is the database's clock, not a parameter.
      if (value === NOW) return `${column} = now()`;
      params.push(value);
      return `${column} = $${params.length}`;
    });
    if (step.to) {
      params.push(step.to);
      sets.push(`status = $${params.length}`);
    }
    const { rows } = await modify<ActionRow>(
      m,
      `UPDATE corrective_actions SET ${sets.join(', ')}, version = version + 1, updated_at = now()
       WHERE id = $1 AND organization_id = $2 AND ($3::uuid IS NULL OR supplier_id = $3) AND status = ANY($4::text[])
         ${step.requireEvidence ? `AND EXISTS (SELECT 1 FROM ${ATTACHMENTS} a WHERE a.corrective_action_id = corrective_actions.id)` : ''}
       RETURNING *`,
      params,
    );
    return rows[0] ?? null;
  }

  async find(scope: Scope, id: string, today: string, m: EntityManager = this.db.manager): Promise<BoardRow | null> {
    const rows: BoardRow[] = await m.query(
      `WITH ca AS (SELECT * FROM corrective_actions WHERE id = $2 AND organization_id = $3 AND ($4::uuid IS NULL OR (supplier_id = $4 AND ${VISIBLE_TO_SUPPLIER})))
       ${BOARD_SELECT}`,
      [today, id, scope.organizationId, scope.supplierId ?? null],
    );
    return rows[0] ?? null;
  }

  /** A page of the board, due first; the re-assessment is looked up for the page's rows only. */
  async page(organizationId: string, f: BoardFilter, today: string): Promise<[BoardRow[], number]> {
    const where = `organization_id = $2 AND ($3::uuid IS NULL OR campaign_id = $3) AND ($4::uuid IS NULL OR supplier_id = $4)
      AND ($5::text IS NULL OR theme = $5)
      AND ($6::text IS NULL OR status = $6 OR ($6 = 'open' AND status NOT IN ${CLOSED_SQL}))
      AND ($7::boolean IS NULL OR (due_date < $1::date AND status NOT IN ${CLOSED_SQL}) = $7)`;
    const params = [today, organizationId, f.campaignId ?? null, f.supplierId ?? null, f.theme ?? null, f.status ?? null, f.overdue ?? null];
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(
        `WITH ca AS (SELECT * FROM corrective_actions WHERE ${where} ORDER BY due_date, created_at, id LIMIT $8 OFFSET $9)
         ${BOARD_SELECT}
         ORDER BY ca.due_date, ca.created_at, ca.id`,
        [...params, f.limit, f.offset],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM corrective_actions WHERE ${where}`, params),
    ]);
    return [rows, total];
  }

  /** Every action of one supplier in one organisation, newest first (the portal's list). */
  async ofSupplier(scope: Required<Scope>, today: string): Promise<BoardRow[]> {
    return this.db.query(
      `WITH ca AS (SELECT * FROM corrective_actions WHERE organization_id = $2 AND supplier_id = $3 AND ${VISIBLE_TO_SUPPLIER})
       ${BOARD_SELECT}
       ORDER BY ca.created_at DESC, ca.id`,
      [today, scope.organizationId, scope.supplierId],
    );
  }

  async addEvent(m: EntityManager, e: NewEvent): Promise<string> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO corrective_action_events (action_id, kind, side, actor, comment, data) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [e.actionId, e.kind, e.side, e.actor, e.comment || null, e.data ?? {}],
    );
    return String(row.id);
  }

  async events(actionIds: string[]): Promise<Map<string, EventRow[]>> {
    const rows: (EventRow & { action_id: string })[] = await this.db.query(
      `SELECT e.id::text AS id, e.action_id, e.kind, e.side, e.actor, e.comment, e.data, e.created_at
       FROM corrective_action_events e WHERE e.action_id = ANY($1::uuid[]) ORDER BY e.id`,
      [actionIds],
    );
    const byAction = new Map<string, EventRow[]>(actionIds.map((id) => [id, []]));
    for (const r of rows) byAction.get(r.action_id)!.push(r);
    return byAction;
  }

  /** Whether an event of this kind with this `data.key` exists (reminders go once per step). */
  async hasEvent(m: EntityManager, actionId: string, kind: string, key: string): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM corrective_action_events WHERE action_id = $1 AND kind = $2 AND data->>'key' = $3 LIMIT 1`, [actionId, kind, key]);
    return rows.length > 0;
  }

  /**
   * Actions awaiting the supplier that are due a reminder today, in every organisation:
   * `daysBefore` days before the due date, and every 7 days from the day after it.
   */
  /** The actions opened at grading for these responses, by theme order of insertion. */
  async autoOpenedFor(m: EntityManager, responseIds: string[]): Promise<ActionRow[]> {
    return m.query(`SELECT * FROM corrective_actions WHERE response_id = ANY($1::uuid[]) AND opened_by = 'auto' ORDER BY response_id, created_at, id`, [responseIds]);
  }

  async dueForReminder(statuses: readonly CorrectiveActionStatus[], daysBefore: number[], today: string): Promise<(ActionRow & { days_left: number })[]> {
    return this.db.query(
      `SELECT *, (due_date - $1::date) AS days_left FROM corrective_actions
       WHERE status = ANY($2::text[]) AND ${VISIBLE_TO_SUPPLIER}
         AND ((due_date - $1::date) = ANY($3::int[]) OR ($1::date > due_date AND ($1::date - due_date - 1) % 7 = 0))
       ORDER BY organization_id, due_date`,
      [today, [...statuses], daysBefore],
    );
  }
}

/** Marks a column to be set to the database's `now()` in `transition`. */
export const NOW = Symbol('now');
