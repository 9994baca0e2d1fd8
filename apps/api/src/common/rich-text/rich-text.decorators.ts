import { Transform } from 'class-transformer';
import { AGREEMENT_LIMITS } from '@gw/shared/contracts';
import { cleanMarkdown, cleanPlainText } from './rich-text';

/**
 * The longest text field (an agreement section). A longer value is left as it is, for the
 * field's MaxLength to refuse: parsing Markdown can take quadratic time, and a request may be a
 * megabyte. So every field with these decorators needs a MaxLength of at most this.
 */
const LONGEST_FIELD = AGREEMENT_LIMITS.body;

const whenString =
  (clean: (text: string) => string) =>
  ({ value }: { value: unknown }): unknown =>
    typeof value === 'string' && value.length <= LONGEST_FIELD ? clean(value) : value;

/**
 * A Markdown field, stored cleaned: no HTML, no link or image that runs script. Runs before
 * validation, so length limits apply to what is stored.
 */
export const RichText = (): PropertyDecorator => Transform(whenString(cleanMarkdown));

/** A plain-text field (title, comment, note), stored cleaned like Markdown and trimmed. */
export const PlainText = (): PropertyDecorator => Transform(whenString(cleanPlainText));
