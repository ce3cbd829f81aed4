/** The brand blue (brand-600): the icons' background and the browser's theme colour. */
export const BRAND_COLOR = "#2158c2";

/**
 * The app's mark (the same "K" on brand blue as app/icon.svg) as an element for ImageResponse, which renders the
 * PNG icons: the Apple touch icon and the install icons of the manifest. `maskable` leaves the safe zone free.
 */
export function AppIconImage({ size, maskable = false }: { size: number; maskable?: boolean }) {
  const glyph = maskable ? size * 0.6 : size;
  return (
    <div style={{ width: size, height: size, display: "flex", alignItems: "center", justifyContent: "center", background: BRAND_COLOR, borderRadius: maskable ? 0 : size * 0.22 }}>
      <svg width={glyph} height={glyph} viewBox="0 0 64 64">
        <path d="M19 14h8v15l13-15h10L35 31l16 19H40L27 34v16h-8z" fill="#fff" />
      </svg>
    </div>
  );
}
