import ARRCore

/// What a ledger line's `type` cell (and a yes/no recurring flag) says it is: a payment, the
/// company's own money moved, a purchase, a document's kind, or a recurring, one-time or usage
/// line.
extension LedgerReader {
  /// Whether a `type` cell names a payment received rather than a charge: QuickBooks'
  /// "Transaction List by Customer" lists `Payment` (and `Deposit`) rows, negative, beside the
  /// invoices they pay. Cash is not revenue: read as credits they would cancel the invoices.
  static func isPayment(_ text: String) -> Bool {
    [
      "payment", "payments", "receive payment", "received payment", "payment received",
      "customer payment", "deposit",
    ].contains(CubeLayout.normalized(text))
  }

  /// Whether a `type` cell names a movement of the company's own money, with no customer
  /// behind it: a withdrawal to its bank, a currency conversion, a hold and its release, as a
  /// payment account's activity download lists them beside the payments (PayPal's `General
  /// Withdrawal`, `General Currency Conversion`, `Account Hold for Open Authorization`). They
  /// have no customer, and the refusal's advice to fill the customer column down turned them
  /// into customers' credits (session 16's trial, PP1: $3,691 for $4,674).
  /// Stripe's balance reports (`reporting_category`) move its own money too: a payout to the
  /// bank and its reversal, a transfer to a connected account and its reversal, a top-up of the
  /// balance and its reversal, and the card networks' costs (session 30, t28c lane; trial 28,
  /// T28-18: refused for their blank customer, with the advice to fill the column down, which
  /// would have made a −$3,000 payout a customer's credit).
  static func isOwnMoneyMovement(_ text: String) -> Bool {
    [
      "general withdrawal", "withdrawal", "bank withdrawal", "withdrawal to bank",
      "general currency conversion", "currency conversion", "account hold for open authorization",
      "reversal of general account hold", "general account hold", "account hold", "hold release",
      "bank deposit to pp account", "transfer to bank", "payout", "general payout",
      "payout reversal", "payout failure", "transfer", "transfer reversal", "topup", "top up",
      "topup reversal", "top up reversal", "network cost", "network costs",
    ].contains(CubeLayout.normalized(text))
  }

  /// Whether a `type` cell names a fee (`fee`, `fees`, Stripe's `stripe_fee`): with no
  /// customer on its line it is the payment processor's fee, the company's own money (Stripe's
  /// balance report lists its billing and Radar fees so), while a customer's `fee` line is that
  /// customer's one-time fee (``kind(_:dialect:)``).
  static func isFee(_ text: String) -> Bool {
    ["fee", "fees", "stripe fee", "processing fee", "processor fee"].contains(
      CubeLayout.normalized(text))
  }

  /// Whether an amount cell is blank or zero (`0`, `0.00`, `-`): a bank statement leaves the
  /// column of the other direction so.
  static func isBlankOrZero(_ text: String) -> Bool {
    text.allSatisfy { " 0.,-".contains($0) }
  }

  /// Whether a `type` cell names a purchase, money paid out: QuickBooks' and Xero's
  /// transaction lists hold a company's bills and expenses beside its sales (QuickBooks'
  /// "Transaction List by Date", review 11, F16: its vendors were read as customers).
  static func isPurchase(_ text: String) -> Bool {
    [
      "bill", "bills", "expense", "expenses", "check", "cheque", "vendor credit", "bill payment",
      "bill payment (check)", "bill payment (credit card)", "purchase order", "purchase",
      "credit card expense", "credit card credit", "accpay", "accpaycredit", "spend",
      "spend money", "supplier invoice", "supplier credit note",
    ].contains(CubeLayout.normalized(text))
  }

  /// Whether a `type` cell names the kind of document a line is on (QuickBooks' `Invoice`,
  /// `Sales Receipt`, `Credit Memo`, `Refund Receipt`; Xero's `Credit Note`), not what it
  /// bills: read as no type without a note, since nothing is lost.
  static func isDocument(_ text: String) -> Bool {
    [
      "invoice", "sales invoice", "tax invoice", "cash sale", "sales receipt", "credit memo",
      "credit note",
      "sales credit note", "customer credit note", "refund receipt", "accrec", "accreccredit",
      "credit", "debit", "refund", "refunds", "return", "returns", "sales return",
    ].contains(CubeLayout.normalized(text))
  }

  /// Whether a `type` cell names a charge (`charge`, `charges`): usage when the type column
  /// types other lines `subscription` (Lago's fee types).
  static func isUsageCharge(_ text: String) -> Bool {
    ["charge", "charges"].contains(CubeLayout.normalized(text))
  }

  /// What a yes/no cell says (a ledger's recurring flag, a subscriptions table's trial flag):
  /// `true` for `true`, `yes`, `1`, `y`, `t`; `false` for `false`, `no`, `0`, `n`, `f`, in any
  /// letter case, and `1` or `0` written as a number with zero decimals (`1.0`, `0.00`: pandas
  /// writes a flag column with blanks as floats; session 20, lead, trial 20 H1: every `1.0` of
  /// a cancel flag was unread); `nil` for anything else (blank included).
  static func yesNo(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "true", "yes", "1", "y", "t": return true
    case "false", "no", "0", "n", "f": return false
    default:
      guard let dot = text.firstIndex(of: "."),
        text[text.index(after: dot)...].allSatisfy({ $0 == "0" })
      else { return nil }
      switch text[..<dot] {
      case "1": return true
      case "0": return false
      default: return nil
      }
    }
  }

  /// The line type a `type` cell names (Stripe's `invoiceitem` names none: a one-off item or
  /// a proration).
  ///
  /// A revenue-type column's words count too (session 34, lead; trial 34, T34-1): the services
  /// words (``ServicesWords``: professional services, implementation, onboarding, consulting,
  /// training, set-up, installation, alone or as a fee) and `hardware` (a device sold; rentals
  /// are typed rental, lease or subscription) are one-time (no part of ARR: what a contract
  /// bills once, beside its subscription); a bare `services`, as a bare `service`, is left
  /// untyped: small-business books name all their revenue so, and the rhythm then reads a
  /// monthly retainer as recurring and a charge that never repeats as one-time (session 35,
  /// crm lane; review 34, item 8); a platform fee, maintenance and
  /// support recur (an ERP's License / Maintenance / Services mix); overage
  /// and consumption are usage. A bare `service`, QuickBooks' product type of most
  /// subscriptions, and a `license` (perpetual or for a term: the word does not say) are left
  /// untyped. Lago's fee types: `add_on` (a one-off invoice's item) is one-time,
  /// `progressive_billing` (usage billed before the period ends) usage.
  static func kind(_ text: String, dialect: LedgerLayout.Dialect) -> LedgerEntry.Kind? {
    let t = CubeLayout.normalized(text)
    switch t {
    case "recurring", "subscription", "recurring revenue", "subscriptions", "subscription fee",
      "recurring fee", "platform fee", "saas", "maintenance", "support", "maintenance and support",
      "support and maintenance", "subscription and support":
      return .recurring
    case "one time", "onetime", "non recurring", "nonrecurring", "one off", "fee",
      "one time fee", "hardware", "add on":
      return .oneTime
    case "usage", "metered", "usage based", "overage", "overages", "consumption",
      "pay as you go", "usage fee", "progressive billing":
      return .usage
    default:
      // The services words, alone or as a fee (``ServicesWords``, the list descriptions and CRM
      // deals read).
      return ServicesWords.isType(t) ? .oneTime : nil
    }
  }

  /// The line type a class cell names (``LedgerLayout/Role/lineClass``: QuickBooks' `Class`,
  /// Xero's tracking option, an item beside the description): one-time when the type words of
  /// ``kind(_:dialect:)`` name it one-time on the whole cell or the item path's last part
  /// (`Services:Professional Services`), or it is a services word before `services`
  /// (`Consulting services`); `nil` for a class naming no such kind (a region, a department,
  /// a product's own name), which types nothing and is no finding.
  ///
  /// A class types a line one-time only, never recurring or usage (review 42, R1: a QuickBooks
  /// class used for departments, "Support", made a $15,000 one-off MRR, $222,000 for
  /// $42,000), and only by a type word naming the whole cell or the item path's last part, the
  /// item itself (`Services:Professional Services`); not by a services word inside a product's
  /// name (R3: "Onboarding Suite", "Model Training", "Support & Training" dropped monthly
  /// subscriptions), nor `add on` or `fee` (Lago's fee types: as a product name, an add-on is
  /// mostly a recurring one), nor when another part of the path names a subscription
  /// (`Subscriptions:Add-on`).
  static func classKind(_ text: String) -> LedgerEntry.Kind? {
    let t = CubeLayout.normalized(text)
    guard !t.isEmpty else { return nil }
    let parts = t.split(separator: ":").map { $0.split(separator: " ").joined(separator: " ") }
    if parts.contains(where: { kind($0, dialect: .ledger) == .recurring }) { return nil }
    // A product's lifetime edition (`Inkwell Lifetime`; trial 51, T51-2).
    if LedgerImporter.namesLifetimePurchase(t) { return .oneTime }
    for candidate in [t, parts.last ?? t] where !["add on", "fee"].contains(candidate) {
      if kind(candidate, dialect: .ledger) == .oneTime { return .oneTime }
      // `Consulting services`, `Training services`: a services word before `services`.
      for suffix in [" services", " service"] where candidate.hasSuffix(suffix) {
        if ServicesWords.isType(String(candidate.dropLast(suffix.count))) { return .oneTime }
      }
    }
    return nil
  }

  /// Words of a description saying the line recurs: a class does not type such a line
  /// one-time (review 42, R3: "Monthly subscription" under the product "Onboarding").
  static let recurringWords = [
    "subscription", "subscriptions", "monthly", "plan", "renewal", "licence", "license",
    "membership", "recurring", "retainer",
    // In the languages whose one-time words are read (review 51, R51-18: Italian `Canone
    // mensile consulenza` and Hebrew `ריטיינר ייעוץ חודשי`, monthly consulting retainers, were
    // read one-time by `consulenza` and `ייעוץ`, −62% and −30%): a recurring fee, a
    // subscription, a retainer; not `mensile`, `חודשי`, `monatlich` (monthly), which an
    // instalment says too.
    "canone", "abbonamento", "abbonamenti", "ricorrente", "ריטיינר", "מנוי", "abonnement",
    "abonnements", "abo", "suscripción", "suscripcion", "iguala",
  ]

  /// Words of a description saying a line with a service period is prorated (`Pro seats (+3,
  /// prorated)`): a partial-period change of the recurring charge, as Stripe's proration flag
  /// says (session 49, imp lane; trial 48, T48-19).
  static let prorationWords = [
    "prorated", "proration", "prorata", "pro rata", "pro rated", "prorated credit", "anteilig",
    "au prorata", "prorrateo", "prorrateado", "prorrata",
  ]

  /// Type values naming an invoice or a sale (a document billing revenue): `invoice`, `sales
  /// invoice`, `tax invoice`, NetSuite's `cash sale`, QuickBooks' `sales receipt`, Xero's `ACCREC`.
  static let invoiceTypes: Set<String> = [
    "invoice", "sales invoice", "tax invoice", "cash sale", "sales receipt", "accrec",
  ]

  /// Whether the lines typed as invoices (``invoiceTypes``) are mostly negative: income posted
  /// as credits (a NetSuite saved search on the revenue accounts, a general ledger's sign),
  /// every amount then read reversed. `nil` unless more than half of the lines so typed with a
  /// non-zero amount are negative; else their count, the negative ones, and the type's text.
  /// Session 42, crm lane (trial 41, T41-11: read as written, such a file was all credits,
  /// headline $0, "No account pays recurring revenue"). With a `mainLine` column flagging some
  /// rows and not others, the flagged rows (an invoice's receivable side, in the other sign)
  /// are not weighed (review 42, G1: a saved search with its main lines, one item each, was
  /// half positive and read as written, $0 for $34,800).
  /// - Complexity: O(rows).
  static func accountingSign(
    _ body: ArraySlice<ImportTable.Record>, typeColumn: Int?, amountColumn: Int?,
    mainLine: Int? = nil, cents: (String) -> Int64?
  ) -> (invoices: Int, negative: Int, example: String)? {
    guard let t = typeColumn, let a = amountColumn else { return nil }
    let main = mainLine.flatMap { mainLinesMixed(body, column: $0) ? $0 : nil }
    var invoices = 0
    var negative = 0
    var example = ""
    // Weighed by money as well as counted (review 42, R11: normal-sign invoices whose two
    // discount lines each are typed `Invoice` too were two-thirds negative lines, and read
    // reversed: $0 for $63,600): the lines' sum must be negative too.
    var sum: Int64 = 0
    for r in body where max(t, a) < r.cells.count {
      guard invoiceTypes.contains(CubeLayout.normalized(r.cells[t])),
        main.map({ $0 >= r.cells.count || !isMainLine(r.cells[$0]) }) ?? true,
        let v = cents(r.cells[a]), v != 0
      else { continue }
      if invoices == 0 { example = r.cells[t] }
      invoices += 1
      sum = Money.saturatingSum(sum, v)
      if v < 0 { negative += 1 }
    }
    guard negative * 2 > invoices, sum < 0 else { return nil }
    return (invoices, negative, example)
  }
}
