import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsString,
  MaxLength,
  validate,
  ValidateNested,
} from 'class-validator';
import {
  AGREEMENT_LIMITS,
  AGREEMENT_SECTION_KEYS,
  type AgreementContent,
  type AgreementSection,
  type AgreementSectionKey,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';
import { PlainText, RichText } from '../../common/rich-text/rich-text.decorators';
import { flattenValidationErrors } from '../../common/validation/validation.pipe';

/** The German titles the sections start with; coordination may rename them in a draft. */
export const AGREEMENT_SECTION_TITLES: Record<AgreementSectionKey, string> = {
  preamble: 'Anlass und Präambel',
  shared_goal: 'Gemeinsame Zielsetzung',
  partners: 'Partner',
  bodies_and_roles: 'Gremien und Rollen',
  contributions: 'Beiträge und Ressourcen der Partner',
  impact_measurement: 'Wirkungsmessung und Daten',
  communication: 'Kommunikation',
  term: 'Laufzeit',
  accession_withdrawal: 'Beitritt und Austritt',
};

class AgreementSectionDto implements AgreementSection {
  @IsIn(AGREEMENT_SECTION_KEYS)
  key!: AgreementSectionKey;

  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(AGREEMENT_LIMITS.title)
  title!: string;

  // The section text is Markdown; it ends up in browsers and PDFs of every partner.
  @RichText()
  @IsString()
  @MaxLength(AGREEMENT_LIMITS.body)
  body!: string;
}

class AgreementContentDto implements AgreementContent {
  @IsArray()
  @ArrayMaxSize(AGREEMENT_SECTION_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => AgreementSectionDto)
  sections!: AgreementSectionDto[];
}

const invalid = (errors: { field: string; message: string }[]) =>
  new ProblemException(400, 'The content of the agreement is not valid.', {
    type: PROBLEM_TYPES.validation,
    errors,
  });

/** Validates a draft's content: every section once, in the agreed order, text cleaned. */
export async function parseAgreementContent(raw: unknown): Promise<AgreementContent> {
  const dto = plainToInstance(AgreementContentDto, raw);
  const errors = await validate(dto, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) {
    throw invalid(flattenValidationErrors(errors, 'content'));
  }
  const keys = dto.sections.map((section) => section.key);
  if (keys.join() !== AGREEMENT_SECTION_KEYS.join()) {
    throw invalid([
      {
        field: 'content.sections',
        message: `sections must be exactly, in this order: ${AGREEMENT_SECTION_KEYS.join(', ')}`,
      },
    ]);
  }
  return {
    sections: dto.sections.map((section) => ({
      key: section.key,
      title: section.title,
      body: section.body,
    })),
  };
}
