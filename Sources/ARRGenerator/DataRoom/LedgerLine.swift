import ARRCore

/// One invoice line of a generated ledger (`ledger.csv`), in cents.
struct LedgerLine: Sendable, Equatable {
  enum Kind: String, Sendable {
    case recurring
    case oneTime = "one_time"
    case usage
  }

  var invoiceID: String
  var account: Int
  var date: CivilDate
  var serviceStart: CivilDate?
  var serviceEnd: CivilDate?
  var description: String
  /// The `type` cell; `nil` writes it empty (the reader then decides from the description or
  /// the service period).
  var kind: Kind?
  var amount: Int64
  /// `paid`, `open`, `void` or `draft`.
  var status: String
}

/// How a generated ledger is made.
public enum LedgerStyle: String, Sendable, CaseIterable {
  /// Whole-month service periods starting on the 1st, invoices dated on the period's first day:
  /// spread by the documented rules it gives back the native MRR exactly (tests).
  case exact
  /// What a data room holds: renewals invoiced a month late, add-ons and credit notes prorated
  /// by days from mid-month, one-off fees without a type, refunds, void and draft invoices.
  case realistic
}
