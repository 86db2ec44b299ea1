import ARRCore

/// The shape of a data-room file (`import --shape`; `docs/import.md`).
public enum ImportShape: String, Sendable, CaseIterable {
  /// Decide from the file's header.
  case auto
  /// One row per customer, one column per month (a "customer cube").
  case cube
  /// One row per customer and month (customer, month, amount): a cube's long form.
  case monthly
  /// One row per invoice line.
  case ledger
  /// Stripe Dashboard's subscriptions export.
  case stripeSubscriptions = "stripe-subscriptions"
  /// Stripe Dashboard's invoice line items export.
  case stripeInvoices = "stripe-invoices"
  /// A subscriptions table: one row per subscription (customer, start, end, monthly price).
  case subscriptions
  /// An MRR movements log: one row per change in a customer's MRR (customer, date, movement
  /// type such as `new_biz` or `churn`, amount), as MRR trackers export them.
  case movements

  /// The shapes a file can be, in the order they are listed in messages (without `auto`).
  public static let concrete: [ImportShape] = [
    .cube, .monthly, .ledger, .stripeSubscriptions, .stripeInvoices, .subscriptions, .movements,
  ]
}

/// What a cube's cells hold (`import --values`).
public enum ImportValues: String, Sendable, CaseIterable {
  /// Decide per file from the cells' pattern, and say why.
  case auto
  /// Normalised monthly recurring revenue: an annual contract of 12,000 is 1,000 every month.
  case mrr
  /// Invoiced amounts: an annual contract is one 12,000 lump a year. Spread by the billing rhythm.
  case billings
  /// Annual recurring revenue (MRR × 12): an annual contract of 12,000 is 12,000 every month.
  /// Each cell ÷ 12 is the month's MRR.
  case arr
}

/// How to read a numeric date whose day and month are both 12 or less (`--date-order`).
public enum DateOrder: String, Sendable, CaseIterable {
  /// Month first: `1/31/2024`.
  case mdy
  /// Day first: `31/01/2024`.
  case dmy
}

extension DateOrder {
  /// How messages name the order: "month first", "day first".
  var words: String { self == .dmy ? "day first" : "month first" }
  /// The other order.
  var other: DateOrder { self == .mdy ? .dmy : .mdy }
}
