import ARRCore

/// Invoice lines whose status says they are not paid (`open`, `unpaid`, `past due`, `overdue`,
/// `uncollectible`, `failed` under a `payment status`; `failed` as the line's own status, closed
/// uncollected, is skipped as a declined payment since session 17): read as billed revenue, as an invoice is revenue when billed, and
/// counted for a finding (`docs/import.md`, "Invoice ledger"). A real company's Stripe invoice
/// table (stefanojelou/product_data's public `stripe_invoices.csv`) holds 100 open renewals of
/// 20.00, the first invoice after each trial, beside a handful paid: read with nothing said.
struct UnpaidLines {
  /// Statuses that say a line is not paid (lowercased, `_` and `-` as spaces).
  static let statuses: Set<String> = [
    "open", "unpaid", "past due", "overdue", "uncollectible", "failed", "payment failed",
    "not paid", "outstanding", "offen", "unbezahlt", "überfällig", "impayée", "impayé",
    "en retard", "pendiente", "vencida", "impagada",
    // Xero's status of an approved invoice not yet paid (review 12, F2: decided, billed).
    "authorised", "authorized", "awaiting payment",
    // Chargebee's invoices (`payment_due`, `not_paid`; fifteenth session's trial).
    "payment due",
  ]

  /// Whether `status` says not paid: one of ``statuses`` or a failed payment's
  /// (``LedgerReader/failedStatuses``, under a `payment status`; session 28, t28c lane).
  static func isUnpaid(_ status: String) -> Bool {
    let key = CubeLayout.normalized(status)
    return statuses.contains(key) || LedgerReader.failedStatuses.contains(key)
  }

  private(set) var count = 0
  private(set) var cents: Int64 = 0
  private(set) var first: (status: String, line: Int)?

  /// Counts a positive unpaid line (credits are no revenue to collect).
  mutating func add(_ amount: Int64, status: String, line: Int) {
    guard amount > 0 else { return }
    count += 1
    cents = cents &+ amount
    if first == nil { first = (status, line) }
  }

  /// The finding, or `nil` when no line was unpaid; `money` writes an amount.
  func finding(file: String, money: (Int64) -> String) -> String? {
    guard let first else { return nil }
    return
      "\(file): \(CountText.grouped(count)) invoice line\(count == 1 ? "" : "s") (\(money(cents)) in all) "
      + "\(count == 1 ? "is" : "are") not paid (\"\(first.status)\" on line \(first.line)): "
      + "read as billed revenue, since an invoice is revenue when billed; those never collected "
      + "(a failed payment at a trial's end, a write-off) are not, and revenue is overstated by "
      + "up to that amount"
  }
}
