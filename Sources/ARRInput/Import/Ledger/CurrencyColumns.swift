import ARRCore

/// Currency columns named for what they price (`docs/import.md`, "Invoice ledger", currency;
/// session 17, import3 lane; trial 17, H1): Orb's line item export writes `Invoice currency`,
/// `Gross amount currency` and `Prepaid credits applied amount currency`, and no column headed
/// `currency`. Unread, a customer billed in euros was summed as dollars with no word, while the
/// same file with a `Currency` column was refused for holding two currencies.
///
/// Without a currency column, every column whose header ends in `currency` and whose cells are
/// all currencies (codes or signs) is one, unless its header names money the lines are not
/// billed in (a tenant's `home currency`, a `settlement`, `payout` or `proceeds` currency). Such
/// columns must agree line by line: which one the amount is in cannot be told otherwise, so a
/// line where two of them differ is refused. The one read is the column whose header names the
/// amount read (`Net amount currency` beside `Net amount`), else the leftmost. A column whose
/// header is part of another column's (`purchased_currency` in `price_in_purchased_currency`)
/// names that column's currency and is not read.
enum CurrencyColumns {
  /// First words of a `… currency` header naming money other than what the lines bill: the
  /// company's own (`home`, `base`, `functional`, `reporting`), or what it is paid out in.
  static let otherMoney: Set<String> = [
    "home", "base", "functional", "reporting", "settlement", "payout", "proceeds", "merchant",
    "converted", "company", "tenant", "default", "preferred",
  ]

  /// The most `… currency` columns read.
  static let maximumColumns = 16

  /// The currency column to read, from the columns `layout` left unread, or `nil` when none is
  /// one. `header`: the header's cells; `body`: the rows below it.
  /// - Throws: `ARRQualityError` `.invalidData` naming the line and both columns when two such
  ///   columns name different currencies on one line.
  static func find(
    header: [String], body: ArraySlice<ImportTable.Record>, layout: LedgerLayout, file: String
  ) throws(ARRQualityError) -> (column: Int, agreeing: [Int])? {
    guard layout.columns[.currency] == nil else { return nil }
    let used = Set(layout.columns.values).union(layout.groupColumns)
    let found = header.indices.filter { c in
      guard !used.contains(c) else { return false }
      let words = LedgerLayout.normalized(header[c]).split(separator: " ")
      guard words.count >= 2, words.last == "currency", !otherMoney.contains(String(words[0]))
      else { return false }
      var any = false
      for r in body {
        let cell = r.cell(c)
        if cell.isEmpty { continue }
        guard CurrencySigns.code(cell: cell) != nil else { return false }
        any = true
      }
      return any
    }
    // A currency column naming another amount column's currency (RevenueCat's
    // `purchased_currency` beside `price_in_purchased_currency`) is that column's, not the
    // amount's. More than ``maximumColumns`` such columns is no export's: none is read (and the
    // header is compared with each only so often).
    guard !found.isEmpty, found.count <= maximumColumns else { return nil }
    let keys = header.map(LedgerLayout.normalized)
    let own = found.filter { c in
      !keys.indices.contains { $0 != c && keys[$0] != keys[c] && keys[$0].contains(keys[c]) }
    }
    guard !own.isEmpty else { return nil }
    let candidates = own
    for r in body {
      var seen: (column: Int, code: String)?
      for c in candidates {
        let cell = r.cell(c)
        guard !cell.isEmpty, let code = CurrencySigns.code(cell: cell) else { continue }
        if let s = seen, s.code != code {
          throw .data(
            "\(file):\(r.line): \"\(header[s.column])\" says \(s.code) but \"\(header[c])\" says "
              + "\(code): which currency the amounts are in cannot be told (expected one "
              + "currency a line; convert the line, or keep only the currency column of the "
              + "amount read)")
        }
        if seen == nil { seen = (c, code) }
      }
    }
    let amountKey = layout.columns[.amount].map { LedgerLayout.normalized(header[$0]) }
    let named = candidates.first { c in
      amountKey.map { LedgerLayout.normalized(header[c]) == $0 + " currency" } ?? false
    }
    let column = named ?? candidates[0]
    return (column, candidates.filter { $0 != column })
  }
}
