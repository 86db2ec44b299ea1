import ARRCore

/// A negative line on the same invoice as a term line is a discount on that line
/// (`docs/import.md`, "A discount on a term's invoice"): it takes the line's service period and
/// is spread with it. Decided (session 49, imp lane; trial 48, T48-11: `Annual prepay discount
/// 15%` on the annual plan's invoice was left out as a one-off credit, the annual read at list
/// price, a book of annual prepay customers $67,500 for $57,375, +17.6%).
///
/// The invoice is the line's document (same account and number), or with no number the
/// account's lines of the same day. A credit without a service period, not typed one-time or
/// usage, whose invoice's charges all carry one period of more than a month (a term, not a
/// month: a credit beside a monthly charge keeps the month's rules), and no larger than their
/// sum, takes that period. A credit on another invoice (a later credit note) is not one.
///
/// Only a credit whose words say discount (``namesDiscount(_:)``): a prepayment applied, a
/// down payment deducted (`abzüglich Anzahlung`), a credit for the old plan's unused months or
/// a goodwill credit for another product on the same invoice are no price of the term (review
/// 49, R49-8: each was spread as a discount, −$1,200 to −$6,000 of ARR).
enum TermDiscounts {
  /// Word stems naming a discount, in the languages the ledger reads.
  static let discountStems = [
    "discount", "rabatt", "nachlass", "remise", "réduction", "reduction", "descuento", "sconto",
    "korting", "promo", "coupon", "voucher", "desconto",
  ]

  /// Stems a German compound ends in (`Neukundenrabatt`, `Preisnachlass`; review 50, R50-18:
  /// such a discount was left out as a one-off credit, +8%).
  static let compoundStems = ["rabatt", "nachlass"]

  /// Words naming a credit of another kind than a price: a service credit, a goodwill gesture,
  /// a refund, a deposit or a prepayment deducted (review 50, R50-16, R50-17: "Service credit -
  /// 20% SLA credit" and "Less: 50% deposit received" were spread as discounts by their `%`,
  /// −$2,400 and −$6,000 of ARR).
  static let otherCreditWords = [
    "service credit", "sla", "outage", "downtime", "uptime", "goodwill", "kulanz", "refund",
    "refunded", "deposit", "prepayment", "prepaid", "down payment", "advance payment",
    "anzahlung", "vorauszahlung", "acompte", "anticipo", "adelanto", "caución",
    // A credit for something that happened, one-off, for service levels, availability or a
    // delay (review 51, R51-17: `Service level credit (10%)`, `Gutschrift 10% wegen
    // Verfügbarkeit`, `Migration credit: 10% of licence fee (one-off …)` were spread as
    // discounts by their `%`, −10%). Not the bare `credit`: billing systems name every price
    // reduction so (review 52, R52-5: `Loyalty credit 10%`, `Multi-year commitment credit
    // (10%)` on an annual invoice were left out as one-offs, +5.3% headline).
    "nota di credito", "credit note",
    "one off", "einmalig", "einmalige", "ponctuel", "ponctuelle", "service level",
    "availability", "verfügbarkeit", "disponibilité", "migration", "delay", "verzögerung",
    "retard",
  ]

  /// Whether `text` says a discount: a stem of ``discountStems`` (at a word's start, or at its
  /// end for ``compoundStems``), or a percentage (`15%`) in words naming no other kind of credit
  /// (``otherCreditWords``).
  static func namesDiscount(_ text: String) -> Bool {
    let words = UsageMonths.words(text)
    if words.contains(where: { w in
      discountStems.contains { w.hasPrefix($0) } || compoundStems.contains { w.contains($0) }
    }) {
      return true
    }
    return text.contains("%") && !UsageMonths.hasWord(text, of: otherCreditWords)
  }

  /// Gives each discount on a term's invoice its term, marks it (``LedgerEntry/isDiscount``), and
  /// notes what it did.
  static func apply(
    _ entries: inout [LedgerEntry], file: String, currency: String?, log: inout ImportLog
  ) {
    struct Invoice: Hashable {
      var account: Int
      var number: String
      var day: CivilDate?
    }
    func invoice(_ e: LedgerEntry) -> Invoice {
      Invoice(account: e.account, number: e.document, day: e.document.isEmpty ? e.date : nil)
    }
    var credits = [Int]()
    // Each invoice's charges: their sum, the first one's period, whether all carry it.
    var charges = [
      Invoice: (cents: Int64, period: (start: CivilDate, end: CivilDate)?, one: Bool)
    ]()
    for (i, e) in entries.enumerated() {
      if e.amount < 0 {
        if e.period == nil && e.kind != .oneTime && e.kind != .usage { credits.append(i) }
        continue
      }
      guard e.amount > 0 else { continue }
      let key = invoice(e)
      var c = charges[key] ?? (0, e.period, true)
      c.cents &+= e.amount
      let same = e.period.flatMap { p in c.period.map { $0 == p.start && $1 == p.end } } ?? false
      if !same { c.one = false }
      charges[key] = c
    }
    var count = 0
    var cents: Int64 = 0
    var first: Int?
    for i in credits where namesDiscount(entries[i].description) {
      guard let c = charges[invoice(entries[i])], c.one, let p = c.period,
        0 &- entries[i].amount <= c.cents,
        p.end.daysSinceEpoch - p.start.daysSinceEpoch >= 31
      else { continue }
      entries[i].period = p
      entries[i].isDiscount = true
      count += 1
      cents &-= entries[i].amount
      if first == nil { first = i }
    }
    guard let first else { return }
    let e = entries[first]
    log.notes.append(
      "\(file): \(Counted.phrase(count, "credit")) (\(Money.text(cents: cents, currency: currency)) "
        + "in all, e.g. line \(e.line)) on the same invoice as a term's charge "
        + "\(count == 1 ? "is" : "are") read as a discount on it: spread over its service "
        + "period, netted from its monthly revenue")
  }
}
