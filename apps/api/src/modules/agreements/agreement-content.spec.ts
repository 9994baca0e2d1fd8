import { AGREEMENT_SECTION_KEYS } from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';
import { parseAgreementContent } from './agreement-content';

const sections = () => AGREEMENT_SECTION_KEYS.map((key) => ({ key, title: key, body: 'Text' }));

describe('parseAgreementContent', () => {
  it('accepts all sections in order and sanitises their text', async () => {
    const input: { key: string; title: string; body: string }[] = sections();
    input[0]!.title = ' <b>Präambel</b> ';
    input[0]!.body = 'Hallo <img src=x onerror=alert(1)>Welt [x](javascript:alert(1))';
    const content = await parseAgreementContent({ sections: input });
    expect(content.sections).toHaveLength(AGREEMENT_SECTION_KEYS.length);
    expect(content.sections[0]).toMatchObject({ title: 'Präambel', body: 'Hallo Welt x' });
  });

  it('rejects missing, reordered or unknown sections', async () => {
    await expect(parseAgreementContent({ sections: sections().slice(1) })).rejects.toBeInstanceOf(
      ProblemException,
    );
    await expect(parseAgreementContent({ sections: sections().reverse() })).rejects.toBeInstanceOf(
      ProblemException,
    );
    const unknown = sections();
    unknown[0] = { ...unknown[0]!, key: 'appendix' as never };
    await expect(parseAgreementContent({ sections: unknown })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'content.sections.0.key' })],
    });
  });

  it('rejects unknown fields and over-long text', async () => {
    const input: Record<string, unknown>[] = sections();
    input[1] = { ...input[1], extra: true };
    input[2] = { ...input[2], body: 'x'.repeat(50_001) };
    await expect(parseAgreementContent({ sections: input })).rejects.toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'content.sections.1.extra' }),
        expect.objectContaining({ field: 'content.sections.2.body' }),
      ]),
    });
  });
});
