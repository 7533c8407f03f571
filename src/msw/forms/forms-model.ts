import { generate } from '../../../generators/generate.ts';
import { fastUuid } from '../../../generators/health/noise.ts';
import { Rng } from '../../core/index.ts';
import type { FormKind } from '../../schemas/forms/index.ts';
import { fileSizeOf, mimeTypeOf } from './file-bytes.ts';

/** A form of the world, as `GET /forms` lists it. */
export interface WorldForm {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly kind: FormKind;
  /** The seed its submissions are drawn with: `generate('spike-forms', { kind, seed, count, refDate })`. */
  readonly seed: string;
}

/** An uploaded file of a submission (a `"file:<name>"` value of its data). */
export interface WorldFile {
  readonly id: string;
  readonly formId: string;
  readonly submissionId: string;
  /** The data field that named it. */
  readonly field: string;
  readonly filename: string;
  readonly mimeType: string;
  readonly size: number;
  /** Seed of its bytes. */
  readonly seed: string;
}

/** A submission as the world posts it (the `spike-forms` webhook event). */
export type WorldSubmission = Record<string, unknown> & {
  readonly formId: string;
  readonly submissionId: string;
  readonly data: Record<string, unknown>;
  readonly metadata: { readonly timestamp: string } & Record<string, unknown>;
};

/**
 * The forms of a world and their submissions. Form `i` is the form `generate` describes with seed
 * `${worldSeed}/form-${i}`: its submissions are exactly `generate('spike-forms', { kind, seed, count, refDate })`, so
 * the webhooks the world posts and the REST API's answers are the same submissions. Drawn on first use.
 *
 * @example
 * ```ts
 * const model = new FormsModel(7, ['contact', 'job-application'], 5, refMs);
 * model.submissions(model.forms[1]!.id).length; // 5
 * ```
 */
export class FormsModel {
  readonly #seed: number | string;
  readonly #kinds: readonly FormKind[];
  readonly #count: number;
  /** The world's reference instant: the submissions happened shortly before it. */
  readonly refMs: number;
  #forms: WorldForm[] | undefined;
  readonly #submissions = new Map<string, readonly WorldSubmission[]>();
  #files: Map<string, WorldFile> | undefined;
  #filesBySubmission: Map<string, WorldFile[]> | undefined;

  constructor(seed: number | string, kinds: readonly FormKind[], submissionsPerForm: number, refMs: number) {
    this.#seed = seed;
    this.#kinds = kinds;
    this.#count = submissionsPerForm;
    this.refMs = refMs;
  }

  /** The forms, in order. */
  get forms(): readonly WorldForm[] {
    if (this.#forms === undefined) {
      this.#forms = this.#kinds.map((kind, i) => {
        const seed = `${this.#seed}/form-${i}`;
        const first = generate('spike-forms', {
          kind,
          seed,
          refDate: this.refMs,
        }) as unknown as WorldSubmission;
        return {
          id: first.formId,
          name: first.formName as string,
          slug: first.formSlug as string,
          kind,
          seed,
        };
      });
    }
    return this.#forms;
  }

  /** A form by id or index. */
  form(ref: string | number): WorldForm | undefined {
    return typeof ref === 'number' ? this.forms[ref] : this.forms.find((f) => f.id === ref);
  }

  /** The submissions of a form, oldest first (empty for an unknown form). */
  submissions(formId: string): readonly WorldSubmission[] {
    const form = this.form(formId);
    if (form === undefined) return [];
    let list = this.#submissions.get(form.id);
    if (list === undefined) {
      list = generate('spike-forms', {
        kind: form.kind,
        seed: form.seed,
        count: this.#count,
        refDate: this.refMs,
      }) as unknown as WorldSubmission[];
      this.#submissions.set(form.id, list);
    }
    return list;
  }

  /** A submission by id. */
  submission(id: string): WorldSubmission | undefined {
    for (const form of this.forms) {
      const found = this.submissions(form.id).find((s) => s.submissionId === id);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Every uploaded file, by id. */
  get files(): ReadonlyMap<string, WorldFile> {
    if (this.#files === undefined) {
      const files = new Map<string, WorldFile>();
      for (const form of this.forms) {
        for (const submission of this.submissions(form.id)) {
          for (const [field, value] of Object.entries(submission.data)) {
            for (const v of Array.isArray(value) ? value : [value]) {
              if (typeof v !== 'string' || !v.startsWith('file:')) continue;
              const filename = v.slice('file:'.length);
              const seed = `${form.seed}/${submission.submissionId}/${field}/${filename}`;
              const id = fastUuid(new Rng(seed).fork('file-id'));
              files.set(id, {
                id,
                formId: form.id,
                submissionId: submission.submissionId,
                field,
                filename,
                mimeType: mimeTypeOf(filename),
                size: fileSizeOf(filename, seed),
                seed,
              });
            }
          }
        }
      }
      this.#files = files;
    }
    return this.#files;
  }

  /** The files of one submission (indexed once: a page of submissions reads them all). */
  filesOf(submissionId: string): WorldFile[] {
    if (this.#filesBySubmission === undefined) {
      const index = new Map<string, WorldFile[]>();
      for (const file of this.files.values()) {
        const list = index.get(file.submissionId) ?? [];
        list.push(file);
        index.set(file.submissionId, list);
      }
      this.#filesBySubmission = index;
    }
    return [...(this.#filesBySubmission.get(submissionId) ?? [])];
  }
}
