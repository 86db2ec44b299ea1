import ARRCore

/// A subscriptions table's discount cells, read as percentages off the price.
extension SubscriptionTableReader {
  /// Why a discount cell is no percentage.
  enum DiscountFailure: Error, Equatable {
    /// Not a plain number (`$20`, `abc`, `1,5` without a decimal comma): an amount off, or
    /// text.
    case notANumber
    /// Negative or above 100.
    case outOfRange
    /// In range, with more than two decimals (`0.333`): percents are kept to hundredths.
    case tooManyDecimals
  }

  /// A discount cell in hundredths of a percent (`20`, `20%`, `12.5`, ` 20 ` → 2000, 2000,
  /// 1250, 2000; blank 0): digits with an optional decimal mark and percent sign. The mark is
  /// the prices' (a comma with a decimal comma), or the other one when one or two digits follow
  /// it (`12.5` beside `1.200,00` prices, `7,5` beside `49.00`: no thousands group has fewer
  /// than 3 digits, and a percent is at most 100, so either reads one way only; review 8 found
  /// `12.5` refused, offered as the example, beside prices whose decimal comma was inferred). A
  /// currency sign or a thousands separator is no percent (`$20` is an amount off, not 20%:
  /// review 7 found it read as 20%; `1,000` beside `49.00`).
  static func discount(_ text: String, isDecimalComma: Bool?) -> Result<Int64, DiscountFailure> {
    var t = Substring(text)
    func trim() {
      while t.first == " " { t = t.dropFirst() }
      while t.last == " " { t = t.dropLast() }
    }
    trim()
    if t.last == "%" {
      t = t.dropLast()
      trim()
    }
    if t.isEmpty { return .success(0) }
    let isNegative = t.first == "-"
    if isNegative { t = t.dropFirst() }
    let own: Character = isDecimalComma == true ? "," : "."
    let other: Character = own == "," ? "." : ","
    var mark = own
    if !t.contains(own), let i = t.firstIndex(of: other), (1...2).contains(t[i...].count - 1) {
      mark = other
    }
    let parts = t.split(separator: mark, maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts[0].drop { $0 == "0" }
    let fraction = parts.count > 1 ? parts[1] : ""
    func isDigits(_ s: Substring) -> Bool { s.allSatisfy { ("0"..."9").contains($0) } }
    guard parts[0].count + fraction.count > 0, isDigits(parts[0]), isDigits(fraction) else {
      return .failure(.notANumber)
    }
    guard whole.count <= 3 else { return .failure(.outOfRange) }
    var hundredths = String(fraction.prefix(2))
    while hundredths.count < 2 { hundredths += "0" }
    let value = Int64(whole.isEmpty ? "0" : whole)! * 100 + Int64(hundredths)!
    guard value <= 10_000, !isNegative || value == 0 else { return .failure(.outOfRange) }
    guard fraction.dropFirst(2).allSatisfy({ $0 == "0" }) else {
      return .failure(.tooManyDecimals)
    }
    return .success(value)
  }

  /// The problem for discount cell `text` that failed with `failure`.
  static func discountMessage(_ text: String, _ failure: DiscountFailure) -> String {
    switch failure {
    case .notANumber:
      return "discount \"\(text)\" is not a percentage (expected e.g. 20 or 12.5 for a percent "
        + "off, or blank; an amount off, with a currency sign, is not read)"
    case .outOfRange:
      return "discount \"\(text)\" is not a percentage from 0 to 100 (expected e.g. 20 for 20%, "
        + "or blank)"
    case .tooManyDecimals:
      return "discount \"\(text)\" has more than 2 decimals (percents are read to hundredths: "
        + "expected e.g. 33.33)"
    }
  }

  /// A discount amount cell, money off the row's price as written (`price`, in cents), in
  /// cents: blank 0; written negative (`-20.00`, as some exports write what comes off) it is
  /// read as its size. More than the price, or no amount, is a problem, whose message it gives.
  static func amountOff(_ text: String, price: Int64, cells: AmountCells) -> Result<
    Int64, AmountOffFailure
  > {
    if text.allSatisfy({ $0 == " " }) { return .success(0) }
    guard let cents = try? cells.hundredths(text, currency: nil) else {
      return .failure(
        AmountOffFailure(
          message:
            "discount \"\(text)\" is not an amount (expected money off the price, e.g. 20.00)"))
    }
    let off = cents == .min ? Int64.max : abs(cents)
    guard off <= price else {
      return .failure(
        AmountOffFailure(
          message:
            "discount \"\(text)\" is more than the row's price (expected the money it takes off)"))
    }
    return .success(off)
  }

  /// A discount amount cell that is no amount off the price.
  struct AmountOffFailure: Error, Equatable {
    let message: String
  }

  /// `off` of `price` in hundredths of a percent, rounded half up (the percent a discount
  /// amount is reported as).
  static func percent(off: Int64, of price: Int64) -> Int64 {
    guard price > 0 else { return 0 }
    return ServicePeriod.proportion(10_000, off, price)
  }

  /// Whether a discount amount column (``Role/discountAmount``) is read: there is one, no
  /// percent column is read instead, and every cell of it is blank or an amount; otherwise a
  /// note says why not (a column of yes/no flags, `discount_applied` true, is no amount).
  static func readsDiscountAmount(
    _ body: ArraySlice<ImportTable.Record>, columns: [Role: Int], header: ImportTable.Record,
    amountCells: AmountCells, file: String, notes: inout [String]
  ) -> Bool {
    guard let c = columns[.discountAmount] else { return false }
    if let p = columns[.discount] {
      notes.append(
        "\(file): column \"\(header.cells[c])\" is not read: the discount is the percent in "
          + "\"\(header.cells[p])\"")
      return false
    }
    if let odd = body.first(where: { r in
      c < r.cells.count && !r.cells[c].allSatisfy({ $0 == " " })
        && amountCells.hundredthsIfAny(r.cells[c]) == nil
        && !ImportTable.repeatsHeader(r.cells, header.cells)
    }) {
      notes.append(
        "\(file): column \"\(header.cells[c])\" is not read as a discount amount: "
          + "\"\(odd.cells[c])\" on line \(odd.line) is not an amount (a yes/no flag?); prices "
          + "are read as written")
      return false
    }
    return true
  }
}
