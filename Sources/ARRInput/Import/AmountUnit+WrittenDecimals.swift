import ARRCore

extension AmountUnit {
  /// Whether the raw header `raw` says minor units only by a billing API's convention (Stripe's
  /// `unit_amount`, Paddle Billing's `details.totals.…`), not in words (`amount_cents`,
  /// `MRR (cents)`): the cells may overrule it (``writtenDecimals(_:isDecimalComma:)``).
  static func isMinorByConvention(_ raw: String) -> Bool {
    raw == "unit_amount" || APIMinorUnits.isPaddleAmount(raw)
  }

  /// The first of `cells` and how many there are, when every non-zero amount among them is
  /// written with a decimal mark and two decimals (`147.00`, `2988.00`): major units, as an
  /// amount in cents is never written with a fraction of a cent (`docs/import.md`, "Amount
  /// units"; trial 48, T48-28: Recurly's `unit_amount` written `147.00` was read as $1.47 "because
  /// the header says so", headline 100 times low). `nil` when some non-zero amount is written
  /// otherwise (`4900`, `49.5`), or none is non-zero. Blank cells and cells that are no amount
  /// say nothing.
  static func writtenDecimals(
    _ cells: some Sequence<(text: String, line: Int)>, isDecimalComma: Bool
  ) -> (text: String, line: Int, count: Int)? {
    let mark: Character = isDecimalComma ? "," : "."
    var first: (text: String, line: Int)?
    var count = 0
    for cell in cells {
      let text = cell.text
      guard !text.isEmpty,
        let v = try? CubeMoney.cents(text, isDecimalComma: isDecimalComma), v != 0
      else { continue }
      guard let m = text.lastIndex(of: mark) else { return nil }
      let after = text[text.index(after: m)...].prefix { $0.isNumber }
      guard after.count == 2 else { return nil }
      count += 1
      if first == nil { first = (text, cell.line) }
    }
    guard let first else { return nil }
    return (first.text, first.line, count)
  }

  /// Recurly's own export columns (normalized, ``LedgerLayout/normalized(_:)``), none of them
  /// Stripe's: `unit_amount` beside two of them is Recurly's v3 name, a price in major units
  /// (`147` is 147.00), as Stripe's is cents (review 50, R50-38: a Recurly export re-saved by a
  /// spreadsheet wrote `147.00` as `147`, read as $1.47, headline 100 times low, with a note).
  static let recurlyKeys: Set<String> = [
    "account code", "plan code", "plan interval length", "plan interval unit", "activated at",
    "current period started at", "current period ends at", "expires at",
  ]

  /// Whether a header of normalized `keys` holds two of Recurly's own columns
  /// (``recurlyKeys``), the first two of them when it does.
  static func recurlyColumns(_ keys: [String]) -> [Int]? {
    let found = keys.indices.filter { recurlyKeys.contains(keys[$0]) }
    return found.count >= 2 ? Array(found.prefix(2)) : nil
  }

  /// Whether the amounts under the raw header `raw` are read in minor units, with the note when
  /// the cells overrule a header that implies them (``isMinorByConvention(_:)``) or Recurly's
  /// columns beside it (the header's `cells`, ``recurlyColumns(_:)``) say whose `unit_amount`
  /// it is: `isMinor` as the header says otherwise. `--amounts` (`given`) decides before
  /// either.
  static func isMinorAfterCells(
    raw: String, isMinor: Bool, given: AmountUnit?,
    cells: some Sequence<(text: String, line: Int)>, isDecimalComma: Bool, file: String,
    header: [String] = [], notes: inout [String]
  ) -> Bool {
    // Stripe's and Recurly's `unit_amount` only: Paddle's API amounts re-saved by a spreadsheet
    // with two decimals are cents still (review 49b, R49b-6: `298800.00` read 100 times high).
    guard isMinor, given == nil, raw == "unit_amount" else { return isMinor }
    guard let written = writtenDecimals(cells, isDecimalComma: isDecimalComma) else {
      guard let recurly = recurlyColumns(header.map { LedgerLayout.normalized($0) }),
        let first = cells.first(where: {
          (try? CubeMoney.cents($0.text, isDecimalComma: isDecimalComma)).map { $0 != 0 }
            ?? false
        })
      else { return isMinor }
      notes.append(
        "\(file): \"\(raw)\" beside Recurly's own columns (\"\(header[recurly[0]])\", "
          + "\"\(header[recurly[1]])\") is Recurly's price in major units, not Stripe's cents: "
          + "read as written (e.g. \"\(first.text)\" on line \(first.line)); pass --amounts cents "
          + "if they are cents")
      return false
    }
    notes.append(
      "\(file): the header \"\(raw)\" is a billing API's name for an amount in cents, but every "
        + "amount under it is written with two decimals (\(CountText.grouped(written.count)) "
        + "amount\(written.count == 1 ? "" : "s"), e.g. \"\(written.text)\" on line "
        + "\(written.line)), as an amount in cents never is: read as major units (\(written.text), "
        + "not a hundredth of it); pass --amounts cents if they are cents")
    return false
  }
}
