import ARRCore

/// Lines dated after a given `--as-of` month (trial 50, T50-5: with `--as-of 2026-10`, an
/// October invoice typed `2206-10-01` and an early November invoice were left out with no word:
/// the report counted no row after the as-of month, and the typo's customer read churned).
///
/// Decided: the lines a given as-of month leaves out are counted in a note (how many, their
/// amount, the first by date); a line dated more than ``outlierMonths`` after every other
/// line of the file is named in a finding as a possible mistyped year, since its month is the
/// one the file is missing (without `--as-of` such a file is refused as spanning centuries, or
/// its as-of month would be the typo's).
extension LedgerImporter {
  /// The months a line must lie after every other line of the file to be named as a possible
  /// mistyped year: a year, so a renewal invoiced early or a year's gap in billing is not.
  static let outlierMonths = 12

  /// The years ahead within which a line saying it bills ahead is a future invoice.
  static let futureInvoiceYears = 5

  /// Words of a line billing ahead of its service.
  static let futureInvoiceWords = [
    "renewal", "renew", "scheduled", "schedule", "next term", "next year", "upcoming",
    "in advance", "advance billing", "future",
  ]

  /// Whether `e` says it bills ahead: its description holds a ``futureInvoiceWords`` phrase, or
  /// its service period or term starts after `asOf`.
  static func isFutureInvoice(_ e: LedgerEntry, asOf: Month) -> Bool {
    if let start = e.period?.start ?? e.term?.start, start.month > asOf { return true }
    return saysBillsAhead(e.description)
  }

  /// Whether `description` holds a ``futureInvoiceWords`` phrase.
  static func saysBillsAhead(_ description: String) -> Bool {
    let words = " " + IncomeStatement.phrase(description) + " "
    return futureInvoiceWords.contains { words.contains(" " + $0 + " ") }
  }

  /// The note and (when a line stands alone far after the rest) the finding for the lines of
  /// `entries` dated after `asOf` that `isKept` leaves out, given by `--as-of`; empty when none.
  /// - Complexity: O(n log n) in the lines.
  static func linesAfterAsOf(
    _ entries: [LedgerEntry], isKept: (LedgerEntry) -> Bool, asOf: Month, file: String,
    name: (Int) -> String, currency: String?
  ) -> (notes: [String], findings: [String]) {
    let later = entries.filter { !isKept($0) }.sorted { ($0.date, $0.line) < ($1.date, $1.line) }
    guard let first = later.first else { return ([], []) }
    // Each line's amount was read overflow-checked; their sum saturates (a note's figure).
    var cents: Int64 = 0
    for e in later {
      let (sum, isOverflow) = cents.addingReportingOverflow(e.amount)
      cents = isOverflow ? (e.amount > 0 ? .max : .min) : sum
    }
    let n = later.count
    let note =
      "\(file): \(CountText.grouped(n)) line\(n == 1 ? "" : "s") dated after the as-of month "
      + "\(asOf) (--as-of) \(n == 1 ? "is" : "are") left out of every figure "
      + "(\(Money.text(cents: cents, currency: currency)); the first, line \(first.line), dated "
      + "\(first.date), \"\(name(first.account))\")"
    // A line far after every other line: the months between it and the rest hold nothing.
    let months = Set(entries.map(\.date.month)).sorted()
    guard
      let gap = zip(months, months.dropFirst()).first(where: { a, b in
        b.months(since: a) > outlierMonths && b > asOf
      })
    else { return ([note], []) }
    let outliers = later.filter { $0.date.month >= gap.1 }
    guard let o = outliers.first else { return ([note], []) }
    let years = o.date.month.months(since: gap.0) / 12
    // Within five years, a line whose words or service period say it bills ahead (`renewal`,
    // `scheduled`, `next term`, a period after the as-of month) is a future invoice, not a
    // typo (review 51, R51-20: a two-year customer's renewal scheduled 2027-12-01 was asked
    // "is a year mistyped?").
    if years < futureInvoiceYears, isFutureInvoice(o, asOf: asOf) {
      return (
        [
          note + "; line \(o.line), dated \(o.date), says it bills ahead (\"\(o.description)\"): a "
            + "future invoice"
        ], []
      )
    }
    let finding =
      "\(file): line \(o.line) is dated \(o.date) (\"\(name(o.account))\", "
      + "\(Money.text(cents: o.amount, currency: currency))), "
      + (years >= 1 ? "\(CountText.grouped(years)) year\(years == 1 ? "" : "s")" : "over a year")
      + " after every other line of the file"
      + (outliers.count > 1 ? " (with \(CountText.grouped(outliers.count - 1)) more)" : "")
      + ": is a year mistyped? It is left out as after the as-of month \(asOf); if it belongs "
      + "in \(asOf) or before, correct its date"
    return ([note], [finding])
  }
}
