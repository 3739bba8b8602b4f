/**
 * Every input limit the API enforces, written once: the zod schemas of this package use
 * them, and the web app's forms check the same numbers before sending (and set `maxlength`
 * from them), so a form never lets through what the server refuses.
 *
 * Lengths count characters after trimming, as the schemas do.
 */
const MiB = 1_048_576;

export const LIMITS = {
  list: {
    pageMax: 100_000,
    pageSizeMax: 200,
    /** The review matrix pages further than the other lists. */
    matrixPageSizeMax: 500,
    searchMax: 200,
  },
  /** Names of people, organisations and campaigns; a declaration's signer and title. */
  nameMax: 200,
  emailMax: 254,
  password: { min: 8, max: 256 },
  supplier: {
    nameMax: 300,
    codeMax: 100,
    productTypeMax: 100,
    tierMax: 10,
    tagMax: 50,
    tagsMax: 30,
    contactsMax: 20,
  },
  campaign: {
    /** Reminders before the due date: at most this many … */
    remindersMax: 10,
    /** … each at most this many days before it. */
    reminderDayMax: 90,
    /** Supplier ids in one request. */
    suppliersMax: 100_000,
  },
  portal: {
    answersPerSaveMax: 500,
    questionIdMax: 40,
  },
  override: { reasonMin: 5, reasonMax: 2000 },
  correctiveAction: {
    /** Notes, review comments, reasons and thread messages. */
    commentMax: 5000,
    /** The supplier's improvement plan and implementation report. */
    textMin: 20,
    textMax: 20_000,
  },
  grievance: {
    descriptionMin: 10,
    descriptionMax: 10_000,
    supplierNameMax: 300,
    contactMax: 500,
    messageMax: 10_000,
    /** What a buyer records as the outcome. */
    outcomeMax: 10_000,
  },
  audit: { entityTypeMax: 100, entityIdMax: 200, actionMax: 100 },
  upload: {
    /** Evidence files, on answers and on corrective actions. */
    evidenceBytes: 10 * MiB,
    supplierImportBytes: 10 * MiB,
    answerSheetBytes: 5 * MiB,
    definitionBytes: 5 * MiB,
  },
} as const;
