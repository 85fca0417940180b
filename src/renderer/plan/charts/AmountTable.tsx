export interface AmountColumn {
  key: string;
  label: string;
}

export interface AmountRow {
  key: string;
  /** The row header (a month, or a budget item). */
  label: string;
  /** Already formatted amounts, one per column. */
  cells: Record<string, string>;
}

/** The figures behind a chart as a plain table: what a screen reader reads instead of the chart. */
export function AmountTable({
  caption,
  rowHeader,
  columns,
  rows,
}: {
  caption: string;
  rowHeader: string;
  columns: AmountColumn[];
  rows: AmountRow[];
}) {
  return (
    <table className="amount-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {columns.map((c) => (
              <td key={c.key}>{row.cells[c.key] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
