import { AlignmentType, Footer, LevelFormat, PageNumber, Paragraph, TextRun, type IStylesOptions, type INumberingOptions } from 'docx';

/**
 * Styles shared by every export. Word's heading styles as docx writes them carry
 * no outline level, so LibreOffice and Word's navigation pane would see plain
 * paragraphs: the level is set here explicitly.
 */
export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } }, paragraph: { spacing: { after: 120 } } },
    heading1: { run: { font: 'Calibri', size: 32, bold: true, color: '1F3864' }, paragraph: { outlineLevel: 0, spacing: { before: 240, after: 120 }, keepNext: true } },
    heading2: { run: { font: 'Calibri', size: 26, bold: true, color: '1F3864' }, paragraph: { outlineLevel: 1, spacing: { before: 200, after: 100 }, keepNext: true } },
    heading3: { run: { font: 'Calibri', size: 23, bold: true, color: '1F3864' }, paragraph: { outlineLevel: 2, spacing: { before: 160, after: 80 }, keepNext: true } },
    title: { run: { font: 'Calibri', size: 40, bold: true }, paragraph: { spacing: { after: 200 } } },
  },
};

const levels = (format: 'bullet' | 'decimal') =>
  [0, 1, 2].map((level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? ['•', '◦', '▪'][level]! : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

export const BULLET_REF = 'punktlista';
export const ORDERED_REF = 'numrerad-lista';

export const NUMBERING: INumberingOptions = {
  config: [
    { reference: BULLET_REF, levels: levels('bullet') },
    { reference: ORDERED_REF, levels: levels('decimal') },
  ],
};

export function pageNumberFooter(): { default: Footer } {
  return {
    default: new Footer({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })] })],
    }),
  };
}
