/**
 * The bundled CJK font comes in slices by unicode-range (Fontsource, main.tsx), and the browser
 * fetches a slice when laid-out text needs it. On screen the print document lays out only the
 * sections in view (content-visibility, styles.css), so the slices the others need are asked for
 * here, from the document's text: the PDF is printed in the same font whatever was in view.
 */
const family = '"Noto Sans SC"';
/** The weights main.tsx bundles: text, and headings and figures. */
const weights = [400, 700] as const;

export async function loadFontsFor(text: string): Promise<void> {
  // Each character once: the browser matches every one against every slice's range.
  const characters = [...new Set(text)].join('');
  // A slice that fails to load is drawn in the fallback font, as it would be on screen.
  await Promise.all(
    weights.map((weight) =>
      document.fonts.load(`${weight} 1em ${family}`, characters).catch(() => []),
    ),
  );
}
