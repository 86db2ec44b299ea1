import ARRCore

/// The two ways every importer stops a whole file, worded once: the problems of its lines, and
/// amounts in more than one currency (which cannot be added up).
extension ARRQualityError {
  /// The problems of `file` as one error, "3 problems in FILE", listing the first
  /// ``problemDisplayLimit`` of them.
  /// - Parameters:
  ///   - problems: The problems found (or the first of them, when `count` says more).
  ///   - count: How many there are in all; `problems.count` unless told.
  ///   - file: The file's name as the user gave it.
  static func problems(
    _ problems: [InputProblem], count: Int? = nil, in file: String
  ) -> ARRQualityError {
    let count = count ?? problems.count
    return ARRQualityError(
      kind: .invalidData,
      message: "\(Counted.phrase(count, "problem")) in \(file)",
      problems: Array(problems.prefix(problemDisplayLimit)), problemCount: count)
  }

  /// An amount header naming one currency (`amount_usd`, `Amount (USD)`) beside a currency
  /// column naming another on line `line`: the amounts may be converted to the header's
  /// currency or written in the column's, and read either way they could be wrong. With
  /// `amount` (the amount cell's text), no currency column: that amount's own sign names the
  /// other currency (review 11, F8: the message blamed a currency column that did not exist).
  static func headerCurrencyConflict(
    header: String, named: String, cell: String, line: Int, amount: String? = nil,
    in file: String
  ) -> ARRQualityError {
    if let amount {
      return .data(
        "\(file): the amount header \"\(header)\" names \(named), but the amount on line \(line) "
          + "is written in \(cell) (\"\(amount)\"): amounts in two currencies cannot be added up; "
          + "write every amount in \(named), or import one currency at a time")
    }
    return .data(
      "\(file): the amount header \"\(header)\" names \(named), but the currency column says "
        + "\(cell) (line \(line)): the amounts may be converted to \(named) or written in "
        + "\(cell); remove the currency column if every amount is in \(named), or rename the "
        + "header (e.g. \"amount\") if each is in its line's currency")
  }

  /// Amounts of `file` in more than one currency: each currency named with the line where it
  /// first appears, in line order (then by code, when two first appear on one line).
  /// - Parameters:
  ///   - currencies: Each currency's first line.
  ///   - noun: What is in those currencies ("amounts", "prices", "subscriptions").
  ///   - file: The file's name as the user gave it.
  ///   - advice: What to do, appended (a ledger names its lines per currency and the options
  ///     reading one currency's lines alone).
  static func mixedCurrencies(
    _ currencies: [String: Int], noun: String, in file: String, advice: String = ""
  ) -> ARRQualityError {
    let found = currencies.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
      .map { "\($0.key) (line \($0.value))" }
    return .data(
      "\(file): \(noun) in \(CountText.grouped(currencies.count)) currencies: \(found.joined(separator: ", ")); "
        + "import one currency at a time (rates files are not supported)" + advice)
  }
}
