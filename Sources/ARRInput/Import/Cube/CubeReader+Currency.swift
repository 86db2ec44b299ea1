import ARRCore

/// A customer cube's currency column (`Currency`, `currency_code`: one code per customer row),
/// read as a monthly table's is (`docs/import.md`, "Customer cube", currency). Trial 21, X1: a
/// cube of EUR, USD, JPY and SEK rows listed `Currency` as ignored and summed 450,000 yen with
/// 1,000 euros as one "USD (assumed)" headline of $5.8M for about $107K of ARR.
extension CubeReader {
  /// The currency column among the cube's other columns (not a month, not a role): the first
  /// whose header is a currency name (``LedgerLayout/currencyNames``), unless it holds only
  /// numbers (an id into a currency table, noted and left ignored). Taken off the ignored list.
  static func currencyColumn(
    header: [String], body: [ImportTable.Record], layout: inout CubeLayout,
    file: String, notes: inout [String]
  ) -> Int? {
    let months = Set(layout.months.map(\.column))
    let roles = Set(layout.roles.values)
    guard
      let c = header.indices.first(where: { c in
        !months.contains(c) && !roles.contains(c)
          && LedgerLayout.currencyNames.contains(MonthlyTableLayout.key(header[c]))
      })
    else { return nil }
    if CurrencySigns.isNumericIDs(body.lazy.map { c < $0.cells.count ? $0.cells[c] : "" }) {
      notes.append(
        "\(file): \"\(header[c])\" holds numbers, not currency codes (an id into a currency "
          + "table): not read as the currency")
      return nil
    }
    layout.ignored.removeAll { $0 == header[c] }
    return c
  }

  /// The currency a row's currency cell names (`EUR`, `eur`, `€`), `nil` for a blank cell; a
  /// cell naming none is a problem at its cell.
  static func rowCurrency(
    _ text: String, column: Int, line: Int, file: String, problems: inout [InputProblem]
  ) -> String? {
    guard !isBlank(text) else { return nil }
    guard let code = CurrencySigns.code(cell: text) else {
      problems.append(
        InputProblem(
          file: file, line: line, column: column + 1, message: CurrencySigns.problem(text)))
      return nil
    }
    return code
  }
}
