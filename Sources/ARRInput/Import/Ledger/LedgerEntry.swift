import ARRCore

/// One used invoice line, as a ledger or a Stripe invoice line export gave it.
struct LedgerEntry: Sendable, Equatable {
  /// What the `type` column said.
  enum Kind: Sendable, Equatable {
    case recurring
    case oneTime
    case usage
  }

  /// Index of the account in ``LedgerData/accounts``.
  var account: Int
  /// 1-based source line.
  var line: Int
  /// The invoice date.
  var date: CivilDate
  /// The service period, both days included (`nil`: none given).
  var period: (start: CivilDate, end: CivilDate)?
  /// The period the line is one instalment of, when its own period is the one month it serves
  /// (``InstalmentPeriods``): the contract's term.
  var term: (start: CivilDate, end: CivilDate)?
  /// The type given, or `nil` for none (or a type the reader does not know).
  var kind: Kind?
  var description: String
  /// Signed cents.
  var amount: Int64
  /// Stripe marks the line a proration (an add-on or a credit for part of a period).
  var isProration: Bool
  /// The number of the document the line is on (`Invoice Number`), empty when none is given.
  var document = ""
  /// The document the line refers to (a `Reference` column: a credit note's invoice), empty
  /// when none is given.
  var reference = ""
  /// The type column says the line buys prepaid credits or a commitment (Metronome's
  /// `commit_purchase`; ``PrepaidCommits``).
  var isPrepaidPurchase = false
  /// The type column says the purchase is of a commitment, not credits (Metronome's
  /// `commit_purchase`; ``PrepaidCommits/commitmentTypes``).
  var isCommitmentType = false
  /// A cancel flag column says the member cancelled in this line (KKBox's `is_cancel` 1).
  var isCancel = false
  /// A notice column says auto-renew was turned off in this line (RevenueCat's
  /// `unsubscribe_detected_at` set, a `will_renew` no; trial 22, T22-4).
  var isNotice = false
  /// Units the line bills (a `Quantity` column: tokens, calls), when given as a whole count;
  /// on a line of usage, the account's usage (``LedgerUsage``).
  var quantity: Int64?

  static func == (a: LedgerEntry, b: LedgerEntry) -> Bool {
    a.account == b.account && a.line == b.line && a.date == b.date
      && a.period?.start == b.period?.start && a.period?.end == b.period?.end && a.kind == b.kind
      && a.term?.start == b.term?.start && a.term?.end == b.term?.end
      && a.description == b.description && a.amount == b.amount && a.isProration == b.isProration
      && a.document == b.document && a.reference == b.reference
      && a.isPrepaidPurchase == b.isPrepaidPurchase && a.isCommitmentType == b.isCommitmentType
      && a.isCancel == b.isCancel
      && a.isNotice == b.isNotice && a.isPrepaidUsage == b.isPrepaidUsage
      && a.quantity == b.quantity && a.isDiscount == b.isDiscount && a.cycle == b.cycle
  }

  /// A purchase of prepaid credits read as usage paid ahead: set by
  /// ``PrepaidCommits/apply(_:asOf:file:currency:log:)`` on the top-ups it spreads over the
  /// span their credits last (session 35, crm lane; review 34, item 11: recomputed from the
  /// line, it also marked a purchase typed usage with a period of a month or more of its own,
  /// which apply leaves to that period).
  var isPrepaidUsage = false
  /// Whether its status says it is not paid (``UnpaidLines``): a renewal read after the as-of
  /// month is said as paid only without it (``LedgerImporter/renewalsAfterAsOf(_:_:)``).
  var isUnpaid = false
  /// Whether its status says it was written off (``WrittenOffLines``).
  var isWrittenOff = false
  /// Whether it bills a written-off line's service again (``WrittenOffLines/isRebilled(_:by:)``):
  /// its period is that line's, no sign of billing in arrears (review 46b, R46b-8).
  var isRebill = false
  /// Whether it is a discount on a term's charge on its invoice, given that charge's period
  /// (``TermDiscounts``): netted, never a one-off credit.
  var isDiscount = false
  /// The run at one price of a fixed billing cycle the line is in (``FixedDayCycles``): its
  /// lines are spread together over the days they cover, not each over its own.
  var cycle: Int?

  /// Whether this line names document `number` as the one it refers to: its reference cell is
  /// that number, or a word of its description is (`Credit for INV-1003`, `Storno zu RE-2.`).
  func names(document number: String) -> Bool {
    guard !number.isEmpty else { return false }
    return [reference, description].contains { text in
      text.contains(number) && Self.words(text).contains { $0 == number }
    }
  }

  /// The words of `text` that could be a document number: split at spaces and at `,;:()[]`,
  /// with a trailing `.` or `#` prefix dropped (`RE-2.`, `#1003`).
  static func words(_ text: String) -> [Substring] {
    text.split(whereSeparator: { " ,;:()[]\t\"'".contains($0) }).map { w in
      var w = w
      while w.last == "." { w = w.dropLast() }
      while w.first == "#" { w = w.dropFirst() }
      return w
    }
  }
}

/// The lines of one ledger-like file and the accounts they name, before spreading.
struct LedgerData: Sendable {
  var accounts: [ImportedAccount] = []
  /// The finding when the customers' billing rhythm decides the day/month order
  /// (``DateRhythm/note(file:order:reading:example:)``) or takes the other order than the one
  /// given (``DateRhythm/contradicts(_:file:)``): the caller reads the file in the other order
  /// too, for the finding's figure.
  var otherDateOrder: OtherDateReading?
  var entries: [LedgerEntry] = []
  /// The one currency of the file (column or sign), if any was seen.
  var currency: String?
  /// File index in the log.
  var fileIndex: Int
  /// The invoice date's column (1-based) and header, for a refusal naming a line's date
  /// (``LedgerImporter/strayLineTooFar(_:stray:)``); `nil` when the reader had none.
  var dateColumn: (number: Int, header: String)?
  /// The latest month served by a line whose service date is in a month before its invoice
  /// date (billed in arrears), if any: the as-of rule treats it as a service period's end.
  var servedInArrears: Month?
  /// The refusal of a table of credits alone (``CreditTable``), when the lines are one: the
  /// importer throws it, or leaves a workbook's sheet unused.
  var creditsOnly: String?
  /// Whether the lines are a payments table's, read as the revenue record (cash basis):
  /// every dated line's type a payment, a credit document or a purchase, and some a payment
  /// (``LedgerReader/read(_:dialect:fileIndex:options:isBesideInvoices:log:)``).
  var isPaymentsTable = false
  /// The discount of each discounted line (its entry's index, the discount's magnitude in
  /// cents), when a discount column sits beside an amount not named net of it
  /// (``LedgerReader/discountColumn(layout:header:)``): the amounts may be before it, so the
  /// reading net of it is priced in the headline's range (review 13, F24).
  var discounts: [(entry: Int, cents: Int64)] = []
  /// The charges skipped as refunded in full or declined (customer, date, cents): a month
  /// whose only charge is one stays a month of its account's billing rhythm, revenue 0, unless
  /// a charge of the account follows within ``LedgerImporter/retryDays`` (its retry or re-issue)
  /// (``LedgerImporter``; session 17, import2 lane; trial 54, T54-14: declined attempts).
  var refundedCharges: [(key: String, date: CivilDate, cents: Int64)] = []
  /// Contract ends a joined subscriptions export read from a current period of a year or more:
  /// the customer, the period's start and the end (``StripeSubscriptionImporter/laterPeriodNote(_:file:asOf:)``
  /// names those starting after the as-of month), and the export's file.
  var subscriptionPeriods: [(customer: String, start: CivilDate, end: CivilDate)] = []
  var subscriptionsFile = ""
  /// The header of the cancel flag column, when the file has one (``LedgerCancellations``).
  var cancelFlagHeader: String?
  /// Cells of that column that are not yes/no (read as no cancellation): how many, and the
  /// first.
  var unreadCancelFlags: (count: Int, first: (text: String, line: Int)?) = (0, nil)
  /// The header of the notice column (a time auto-renew was turned off, or a will-renew
  /// yes/no), when the file has one, and whether it holds dates.
  var notice: (header: String, isDate: Bool)?
  /// Cells of that column that are neither a date nor empty (or not yes/no): read as no notice.
  var unreadNotices: (count: Int, first: (text: String, line: Int)?) = (0, nil)
  /// Lines skipped as refunded by a refund date column (`refunded_at`): how many, and their
  /// amount in cents.
  var refundedByDate: (count: Int, cents: Int64) = (0, 0)
  /// The header of the column of units (``LedgerLayout/Role/quantity``), and the columns
  /// ignored were it not read: they are listed so when no line is read as usage
  /// (``LedgerUsage``).
  var unitsUnread: (header: String, ignored: [String])?
}
