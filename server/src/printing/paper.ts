// The two paper widths receipt printers take, in dots at 203 dpi (the print head's width).
export type PaperWidth = 58 | 80;
export const PAPER_DOTS: Record<PaperWidth, number> = { 58: 384, 80: 576 };
