/** The tradeflow mark: three flows merging into one. */
export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#0b5cad" />
      <path
        d="M6 10c8 0 10 6 20 6M6 16h20M6 22c8 0 10-6 20-6"
        fill="none"
        stroke="#fff"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
    </svg>
  );
}
