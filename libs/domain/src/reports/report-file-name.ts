import type { DateRange } from './report-window';

/** Lower-case ASCII letters, digits and single hyphens: "Russian crude: by origin" -> "russian-crude-by-origin". */
export function fileNameSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/%/g, '-pct')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'report';
}

/** `russian-crude-by-origin_2023-07-01_2024-06-30.csv`; `all` for an open end of the window. */
export function reportFileName(name: string, range: DateRange, extension: string): string {
  return `${fileNameSlug(name)}_${range.from ?? 'all'}_${range.to ?? 'all'}.${extension}`;
}
