import type { FormsFieldValue } from '../../src/schemas/forms/index.ts';
import type { Checked } from './field-values.ts';
import type { FormEncoding, MultiValueStyle } from './forms-options.ts';
import type { InputType, Scene } from './kind-spec.ts';

// How a value is posted with the form's encoding.

/** A ticked checkbox: `true` in JSON, `'on'` from an HTML form. */
export function ticked(scene: Scene<unknown>): Checked {
  return scene.encoding === 'json' ? true : 'on';
}
/** A number: kept in JSON, a string from an HTML form. */
export function numeric<N extends number>(scene: Scene<unknown>, value: N): N | `${N}` {
  return scene.encoding === 'json' ? value : (String(value) as `${N}`);
}
/** Several ticked options: an array, or joined with `', '`. */
export function multi<T extends string>(scene: Scene<unknown>, values: T[]): T[] | string {
  return scene.multiValue === 'array' ? values : values.join(', ');
}

/**
 * The value a blank optional field is posted with, by control and encoding: an HTML form sends empty text inputs
 * as `''` and leaves out unticked checkboxes, empty multi-selects and file inputs; a JSON body leaves blanks out
 * but says `false` for an unticked checkbox and `[]` (or `''`) for an empty group.
 */
export function blankValue(
  input: InputType,
  encoding: FormEncoding,
  style: MultiValueStyle,
): FormsFieldValue | undefined {
  if (input === 'file') return undefined;
  if (encoding === 'form') return input === 'checkbox' || input === 'multi' ? undefined : '';
  if (input === 'checkbox') return false;
  if (input === 'multi') return style === 'array' ? [] : '';
  return undefined;
}
