import ARRCore

/// A table's currency column (`Currency`, `currency_code`: one code per row), the customer
/// cube's and the monthly table's one reading (`docs/import.md`, "Customer cube" and "Monthly
/// table", currency). Trial 21, X1: a cube of EUR, USD, JPY and SEK rows listed `Currency` as
/// ignored and summed 450,000 yen with 1,000 euros as one "USD (assumed)" headline of $5.8M for
/// about $107K of ARR. Session 22, review lane: the cube's reading had copied the monthly
/// table's inline search; both call these now, and a monthly table's currency column is listed
/// as read, no longer as ignored.
extension CubeReader {
  /// The currency column among the columns not in `excluding`: the first whose header is a
  /// currency name (``LedgerLayout/currencyNames``), unless it holds only numbers (an id into a
  /// currency table: noted, not read; review 12, F14).
  static func currencyColumn<S: Sequence>(
    header: [String], body: S, excluding: Set<Int>, file: String, notes: inout [String]
  ) -> Int? where S.Element == ImportTable.Record {
    let c = header.indices.first { c in
      !excluding.contains(c)
        && LedgerLayout.currencyNames.contains(MonthlyTableLayout.key(header[c]))
    }
    return c.flatMap { readable($0, header: header, body: body, file: file, notes: &notes) }
  }

  /// `column` as a currency column, unless it holds only numbers (an id into a currency
  /// table: noted, not read; review 12, F14). A movements log's layout names its currency
  /// column by header alone; this is its check too.
  static func readable<S: Sequence>(
    _ column: Int, header: [String], body: S, file: String, notes: inout [String]
  ) -> Int? where S.Element == ImportTable.Record {
    if CurrencySigns.isNumericIDs(
      body.lazy.map { $0.cell(column) })
    {
      notes.append(
        "\(file): \"\(header[column])\" holds numbers, not currency codes (an id into a "
          + "currency table): not read as the currency")
      return nil
    }
    return column
  }

  /// A customer cube's currency column among its other columns (not a month, not a role),
  /// taken off the ignored list.
  static func currencyColumn(
    header: [String], body: [ImportTable.Record], layout: inout CubeLayout,
    file: String, notes: inout [String]
  ) -> Int? {
    let excluding = Set(layout.months.map(\.column)).union(layout.roles.values)
    let c = currencyColumn(
      header: header, body: body, excluding: excluding, file: file, notes: &notes)
    if let c { layout.ignored.removeAll { $0 == header[c] } }
    return c
  }

  /// The currency a row's currency cell names (`EUR`, `eur`, `€`; a bare `$` is `named`, the
  /// currency the amount's header names, when that is a dollar), `nil` for a blank cell; a cell
  /// naming none is a problem at its cell.
  static func rowCurrency(
    _ text: String, column: Int, line: Int, file: String, named: String? = nil,
    problems: inout [InputProblem]
  ) -> String? {
    guard !isBlank(text) else { return nil }
    guard let code = CurrencySigns.code(cell: text, named: named) else {
      problems.append(
        InputProblem(
          file: file, line: line, column: column + 1, message: CurrencySigns.problem(text)))
      return nil
    }
    return code
  }
}
