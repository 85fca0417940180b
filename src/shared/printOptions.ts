/**
 * How the plan is printed to PDF, in one place for both paths: the desktop app's
 * webContents.printToPDF and the `pdf` command's Playwright page.pdf. Their option shapes differ,
 * so each gets an adapter; the values are the same.
 */
const margins = { top: 14, bottom: 16, left: 12, right: 12 } as const; // millimetres

/**
 * The footer on every page: the made-on date and the page number. Latin characters only: header
 * and footer are drawn outside the page, where the bundled CJK font is not loaded.
 */
export function footerTemplate(madeOn: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(madeOn) ? madeOn : '';
  return (
    '<div style="width:100%;font-size:8px;color:#555;text-align:center;font-family:sans-serif">' +
    `Ashore &middot; ${date} &middot; <span class="pageNumber"></span> / <span class="totalPages"></span>` +
    '</div>'
  );
}

const emptyHeader = '<span></span>';
const mmToInches = (mm: number) => mm / 25.4;

/** Options for Electron's webContents.printToPDF (margins in inches). */
export function electronPdfOptions(madeOn: string) {
  return {
    pageSize: 'A4' as const,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: emptyHeader,
    footerTemplate: footerTemplate(madeOn),
    preferCSSPageSize: false,
    margins: {
      top: mmToInches(margins.top),
      bottom: mmToInches(margins.bottom),
      left: mmToInches(margins.left),
      right: mmToInches(margins.right),
    },
  };
}

/** Options for Playwright's page.pdf (margins as CSS lengths). */
export function playwrightPdfOptions(madeOn: string) {
  return {
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: emptyHeader,
    footerTemplate: footerTemplate(madeOn),
    preferCSSPageSize: false,
    margin: {
      top: `${margins.top}mm`,
      bottom: `${margins.bottom}mm`,
      left: `${margins.left}mm`,
      right: `${margins.right}mm`,
    },
  };
}

/** The print view's mark that everything is drawn and the fonts are in. */
export const printReadySelector = 'html[data-print-ready="true"]';
export const printReadyScript = 'document.documentElement.dataset.printReady === "true"';
