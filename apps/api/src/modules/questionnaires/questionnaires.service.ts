import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager, IsNull, QueryFailedError } from 'typeorm';
import type { QuestionnaireDetail, QuestionnaireSummary, QuestionnaireVersion, VersionSummary } from '@ses/api-types';
import { type QuestionnaireDefinition, validateDefinition } from '@ses/questionnaire';
import { DomainError, notFound } from '../../common/errors';
import { type AuditActor, AuditService } from '../audit/audit.service';
import { definitionChanges, definitionSummary } from './questionnaire-audit';
import { QuestionnaireVersionEntity } from './questionnaire-version.entity';
import { QuestionnaireEntity } from './questionnaire.entity';

export const hashDefinition = (d: QuestionnaireDefinition) => createHash('sha256').update(JSON.stringify(d)).digest('hex');

/**
 * Questionnaires and their versions. Organisations see their own and the built-in ones;
 * built-in questionnaires are read-only (a draft started from one becomes the
 * organisation's own copy). Publishing freezes a version for good.
 */
@Injectable()
export class QuestionnairesService {
  /** Published versions never change, so their parsed definitions can be kept. */
  private readonly cache = new Map<string, { definition: QuestionnaireDefinition; questionnaireId: string }>();

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A published version's definition, parsed once per process. */
  async publishedDefinition(versionId: string): Promise<{ definition: QuestionnaireDefinition; questionnaireId: string }> {
    const hit = this.cache.get(versionId);
    if (hit) return hit;
    const v = await this.db.getRepository(QuestionnaireVersionEntity).findOneBy({ id: versionId, status: 'published' });
    if (!v) throw notFound('questionnaire version');
    const entry = { definition: valid(v.definition), questionnaireId: v.questionnaireId };
    if (this.cache.size > 200) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(versionId, entry);
    return entry;
  }

  async list(organizationId: string): Promise<QuestionnaireSummary[]> {
    const qs = await this.db.getRepository(QuestionnaireEntity).find({
      where: [{ organizationId }, { organizationId: IsNull() }],
      order: { createdAt: 'ASC' },
    });
    return Promise.all(qs.map((q) => this.summary(q)));
  }

  async detail(organizationId: string, id: string): Promise<QuestionnaireDetail> {
    const q = await this.findVisible(organizationId, id);
    const versions = await this.versionsOf(q.id);
    return { ...(await this.summary(q, versions)), versions: versions.map(toVersionSummary).reverse() };
  }

  async version(organizationId: string, versionId: string): Promise<QuestionnaireVersion> {
    const v = await this.findVersion(organizationId, versionId);
    const q = await this.db.getRepository(QuestionnaireEntity).findOneByOrFail({ id: v.questionnaireId });
    return {
      id: v.id,
      questionnaireId: v.questionnaireId,
      builtIn: q.organizationId === null,
      version: v.version,
      status: v.status,
      definition: v.definition as unknown as Record<string, unknown>,
      publishedAt: v.publishedAt?.toISOString() ?? null,
    };
  }

  /** A published version visible to the organisation: what campaigns may use. */
  async publishedVersion(organizationId: string, versionId: string): Promise<QuestionnaireVersionEntity> {
    const v = await this.findVersion(organizationId, versionId);
    if (v.status !== 'published') throw new DomainError('VALIDATION_FAILED', 'questionnaireVersionId: the version is a draft; publish it first');
    return v;
  }

  // `actor` (the buyer) makes each change below audited in its transaction.
  async create(organizationId: string, raw: unknown, actor?: AuditActor): Promise<{ id: string; draftVersionId: string }> {
    const definition = valid(raw);
    return this.db.transaction(async (m) => {
      const q = await this.insertQuestionnaire(m, organizationId, definition);
      const v = await this.insertVersion(m, q.id, 1, 'draft', definition);
      if (actor) {
        const after = { ...definitionSummary(definition), draftVersionId: v.id };
        await this.audit.record(m, { organizationId, actor, action: 'questionnaire.create', entityType: 'questionnaire', entityId: q.id, after });
      }
      return { id: q.id, draftVersionId: v.id };
    });
  }

  async updateDraft(organizationId: string, id: string, raw: unknown, actor?: AuditActor): Promise<QuestionnaireVersion> {
    const definition = valid(raw);
    const q = await this.findOwn(organizationId, id);
    const draft = await this.db.getRepository(QuestionnaireVersionEntity).findOneBy({ questionnaireId: q.id, status: 'draft' });
    if (!draft) throw new DomainError('NO_DRAFT', 'this questionnaire has no draft: start one from a published version');
    if (definition.key !== q.key) throw new DomainError('INVALID_DEFINITION', `key: a new version keeps the key "${q.key}"`, [{ path: 'key', message: `must stay "${q.key}"` }]);
    await this.db.transaction(async (m) => {
      await m.update(QuestionnaireVersionEntity, { id: draft.id }, { definition, contentHash: hashDefinition(definition) });
      await m.update(QuestionnaireEntity, { id: q.id }, { title: definition.title });
      if (actor && draft.contentHash !== hashDefinition(definition)) {
        await this.audit.record(m, {
          organizationId,
          actor,
          action: 'questionnaire.update_draft',
          entityType: 'questionnaire',
          entityId: q.id,
          before: { versionId: draft.id, ...definitionSummary(draft.definition) },
          after: { versionId: draft.id, ...definitionSummary(definition), ...definitionChanges(draft.definition, definition) },
        });
      }
    });
    return this.version(organizationId, draft.id);
  }

  async publish(organizationId: string, id: string, actor?: AuditActor): Promise<{ publishedVersionId: string }> {
    const q = await this.findOwn(organizationId, id);
    const draft = await this.db.getRepository(QuestionnaireVersionEntity).findOneBy({ questionnaireId: q.id, status: 'draft' });
    if (!draft) throw new DomainError('NO_DRAFT', 'there is no draft to publish');
    valid(draft.definition);
    await this.db.transaction(async (m) => {
      await m.update(QuestionnaireVersionEntity, { id: draft.id }, { status: 'published', publishedAt: new Date() });
      if (actor) {
        const summary = { versionId: draft.id, version: draft.version, contentHash: draft.contentHash };
        await this.audit.record(m, { organizationId, actor, action: 'questionnaire.publish', entityType: 'questionnaire', entityId: q.id, before: { ...summary, status: 'draft' }, after: { ...summary, status: 'published' } });
      }
    });
    return { publishedVersionId: draft.id };
  }

  async discardDraft(organizationId: string, id: string, actor?: AuditActor): Promise<void> {
    const q = await this.findOwn(organizationId, id);
    await this.db.transaction(async (m) => {
      const draft = await m.findOneBy(QuestionnaireVersionEntity, { questionnaireId: q.id, status: 'draft' });
      const res = await m.delete(QuestionnaireVersionEntity, { questionnaireId: q.id, status: 'draft' });
      if (!res.affected || !draft) throw new DomainError('NO_DRAFT', 'there is no draft to discard');
      const deleted = (await m.countBy(QuestionnaireVersionEntity, { questionnaireId: q.id })) === 0;
      if (deleted) await m.delete(QuestionnaireEntity, { id: q.id });
      if (actor) {
        const before = { versionId: draft.id, version: draft.version, ...definitionSummary(draft.definition) };
        await this.audit.record(m, { organizationId, actor, action: 'questionnaire.discard_draft', entityType: 'questionnaire', entityId: q.id, before, after: { questionnaireDeleted: deleted } });
      }
    });
  }

  /**
   * Starts a draft from a published version (the latest by default). For a built-in
   * questionnaire the draft goes into a new questionnaire of the organisation's own.
   */
  async newDraft(organizationId: string, id: string, fromVersionId?: string, actor?: AuditActor): Promise<{ id: string; draftVersionId: string }> {
    const q = await this.findVisible(organizationId, id);
    const versions = await this.versionsOf(q.id);
    const from = fromVersionId
      ? versions.find((v) => v.id === fromVersionId && v.status === 'published')
      : versions.filter((v) => v.status === 'published').at(-1);
    if (!from) throw notFound('published version');
    if (q.organizationId === null) {
      const definition = { ...from.definition, key: await this.freeKey(organizationId, from.definition.key) };
      return this.create(organizationId, definition, actor);
    }
    if (versions.some((v) => v.status === 'draft')) throw new DomainError('DRAFT_EXISTS', 'this questionnaire already has a draft');
    const v = await this.db.transaction(async (m) => {
      const draft = await this.insertVersion(m, q.id, versions.at(-1)!.version + 1, 'draft', from.definition);
      if (actor) {
        const after = { draftVersionId: draft.id, version: draft.version, fromVersionId: from.id, contentHash: draft.contentHash };
        await this.audit.record(m, { organizationId, actor, action: 'questionnaire.new_draft', entityType: 'questionnaire', entityId: q.id, after });
      }
      return draft;
    });
    return { id: q.id, draftVersionId: v.id };
  }

  /** Keeps the built-in questionnaire in the database the same as the one in the code. */
  async syncBuiltIn(definition: QuestionnaireDefinition): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(7254003)');
      let q = await m.findOneBy(QuestionnaireEntity, { organizationId: IsNull(), key: definition.key });
      q ??= await m.save(m.create(QuestionnaireEntity, { organizationId: null, key: definition.key, title: definition.title }));
      const latest = await m.findOne(QuestionnaireVersionEntity, { where: { questionnaireId: q.id }, order: { version: 'DESC' } });
      if (latest?.contentHash === hashDefinition(definition)) return;
      await this.insertVersion(m, q.id, (latest?.version ?? 0) + 1, 'published', definition);
      await m.update(QuestionnaireEntity, { id: q.id }, { title: definition.title });
    });
  }

  private async freeKey(organizationId: string, base: string): Promise<string> {
    for (let n = 1; ; n++) {
      const key = n === 1 ? base : `${base}_${n}`.slice(0, 40);
      if (!(await this.db.getRepository(QuestionnaireEntity).existsBy({ organizationId, key }))) return key;
    }
  }

  private async insertQuestionnaire(m: EntityManager, organizationId: string, d: QuestionnaireDefinition) {
    try {
      return await m.save(m.create(QuestionnaireEntity, { organizationId, key: d.key, title: d.title }));
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        throw new DomainError('QUESTIONNAIRE_KEY_TAKEN', `a questionnaire with the key "${d.key}" exists: edit its draft instead`);
      }
      throw e;
    }
  }

  private insertVersion(m: EntityManager, questionnaireId: string, version: number, status: 'draft' | 'published', definition: QuestionnaireDefinition) {
    return m.save(
      m.create(QuestionnaireVersionEntity, {
        questionnaireId,
        version,
        status,
        definition,
        contentHash: hashDefinition(definition),
        publishedAt: status === 'published' ? new Date() : null,
      }),
    );
  }

  private versionsOf(questionnaireId: string) {
    return this.db.getRepository(QuestionnaireVersionEntity).find({ where: { questionnaireId }, order: { version: 'ASC' } });
  }

  private async summary(q: QuestionnaireEntity, versions?: QuestionnaireVersionEntity[]): Promise<QuestionnaireSummary> {
    const vs = versions ?? (await this.db.getRepository(QuestionnaireVersionEntity).find({
      where: { questionnaireId: q.id },
      select: { id: true, version: true, status: true, createdAt: true, publishedAt: true },
      order: { version: 'ASC' },
    }));
    return {
      id: q.id,
      key: q.key,
      title: q.title,
      builtIn: q.organizationId === null,
      publishedVersionId: vs.filter((v) => v.status === 'published').at(-1)?.id ?? null,
      draftVersionId: vs.find((v) => v.status === 'draft')?.id ?? null,
      latestVersion: vs.at(-1)?.version ?? 0,
      updatedAt: q.updatedAt.toISOString(),
    };
  }

  private async findVisible(organizationId: string, id: string): Promise<QuestionnaireEntity> {
    const q = await this.db.getRepository(QuestionnaireEntity).findOneBy({ id });
    if (!q || (q.organizationId !== null && q.organizationId !== organizationId)) throw notFound('questionnaire');
    return q;
  }

  private async findOwn(organizationId: string, id: string): Promise<QuestionnaireEntity> {
    const q = await this.findVisible(organizationId, id);
    if (q.organizationId === null) {
      throw new DomainError('BUILT_IN_READ_ONLY', 'the built-in questionnaire cannot be changed: start a draft from it to get your own copy');
    }
    return q;
  }

  private async findVersion(organizationId: string, versionId: string): Promise<QuestionnaireVersionEntity> {
    const v = await this.db.getRepository(QuestionnaireVersionEntity).findOneBy({ id: versionId });
    if (!v) throw notFound('questionnaire version');
    await this.findVisible(organizationId, v.questionnaireId).catch(() => {
      throw notFound('questionnaire version');
    });
    return v;
  }
}

function valid(raw: unknown): QuestionnaireDefinition {
  const result = validateDefinition(raw);
  if (result.ok) return result.definition;
  const list = result.problems.slice(0, 20).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = result.problems.length > 20 ? `; and ${result.problems.length - 20} more` : '';
  throw new DomainError('INVALID_DEFINITION', `the definition is invalid: ${list.join('; ')}${more}`, result.problems);
}

function toVersionSummary(v: QuestionnaireVersionEntity): VersionSummary {
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    questionCount: v.definition?.questions?.length ?? 0,
    createdAt: v.createdAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
  };
}
