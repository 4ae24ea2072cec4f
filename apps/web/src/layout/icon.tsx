import type { ReactNode } from 'react';

/** Line drawings on a 24 x 24 grid, stroked in the text colour; the width suits the size each is drawn at. */
const ICONS = {
  chart: { strokeWidth: 1.6, shapes: <path d="M3 3v18h18M7 15l3-3 3 2 5-6" /> },
  problem: {
    strokeWidth: 1.6,
    shapes: (
      <>
        <circle cx="12" cy="12" r="9" />
        <path d="M12 7v6M12 16.5v.5" />
      </>
    ),
  },
  filters: { strokeWidth: 2, shapes: <path d="M3 5h18M6 12h12M10 19h4" /> },
  chevronDown: { strokeWidth: 3, shapes: <path d="M5 9l7 7 7-7" /> },
  dropFile: {
    strokeWidth: 1.6,
    shapes: <path d="M12 16V4m0 0-4 4m4-4 4 4M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" />,
  },
  upload: { strokeWidth: 2.2, shapes: <path d="M12 15V4m0 0-4 4m4-4 4 4M5 20h14" /> },
  download: { strokeWidth: 2, shapes: <path d="M12 4v11m0 0-4-4m4 4 4-4M5 20h14" /> },
  plus: { strokeWidth: 2.4, shapes: <path d="M12 5v14M5 12h14" /> },
} satisfies Record<string, { strokeWidth: number; shapes: ReactNode }>;

export type IconName = keyof typeof ICONS;

/** A decorative icon beside text that says the same (hidden from assistive technology). */
export function Icon({ name, size = 14 }: { name: IconName; size?: number }) {
  const { strokeWidth, shapes } = ICONS[name];
  return (
    <svg
      aria-hidden="true"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
    >
      {shapes}
    </svg>
  );
}
