import ARRCore

/// A yearly term billed by the month, named in other words than "annual contract" (session 49,
/// imp lane; trial 48, T48-34: "Annual subscription (billed monthly)", "Annual plan, billed
/// monthly (month 3 of 12)" and "Annual subscription - monthly installment 3/12" read committed
/// ARR $0, 43–56% of the headline).
///
/// Decided: a description naming a year (`annual`, `yearly`, `12 month`, `twelve month`, `1
/// year`, `one year`; not after `semi`, `half` or a negation), a term noun (``termNouns``) and a
/// monthly billing (``monthlyBillingWords``, or an instalment counter out of 12: `month 3 of
/// 12`, `3 of 12`, `3/12`) names an annual contract billed monthly: its lines commit their
/// account as "annual contract, billed monthly" does (``LedgerMinimums/namesContract(_:)``).
extension LedgerMinimums {
  /// Words naming a year's term.
  static let yearWords = ["annual", "yearly", "12 month", "twelve month", "1 year", "one year"]
  /// Nouns naming what the year is a term of.
  static let termNouns = [
    "contract", "subscription", "plan", "licence", "license", "agreement", "term", "commitment",
  ]
  /// Phrases saying a line is billed by the month.
  static let monthlyBillingWords = [
    "billed monthly", "paid monthly", "invoiced monthly", "payable monthly", "monthly billing",
    "monthly installment", "monthly installments", "monthly instalment", "monthly instalments",
    "monthly payment", "monthly payments",
  ]

  /// Whether `description` names a yearly term billed by the month (see the extension).
  static func namesTermBilledMonthly(_ description: String) -> Bool {
    let w = UsageMonths.words(description)
    guard !w.isEmpty, UsageMonths.hasWord(description, of: termNouns) else { return false }
    guard
      UsageMonths.hasPhrase(
        w, of: yearWords,
        unlessAfter: { negations.contains($0) || $0 == "semi" || $0 == "half" })
    else { return false }
    return UsageMonths.hasWord(description, of: monthlyBillingWords)
      || countsOutOfTwelve(description)
  }

  /// Whether `text` counts an instalment out of 12: `k of 12` (words) or `k/12` not part of a
  /// date (`03/12/2026`), k from 1 to 12.
  static func countsOutOfTwelve(_ text: String) -> Bool {
    let w = UsageMonths.words(text)
    if w.count >= 3,
      (0...(w.count - 3)).contains(where: { i in
        w[i + 1] == "of" && w[i + 2] == "12" && Int(w[i]).map { (1...12).contains($0) } == true
      })
    {
      return true
    }
    let c = Array(text)
    for (i, ch) in c.enumerated() where ch == "/" && i + 2 < c.count {
      guard c[i + 1] == "1", c[i + 2] == "2" else { continue }
      if i + 3 < c.count && (c[i + 3].isNumber || c[i + 3] == "/" || c[i + 3] == ".") { continue }
      var j = i
      while j > 0 && c[j - 1].isNumber { j -= 1 }
      let digits = String(c[j..<i])
      guard let k = Int(digits), (1...12).contains(k), digits.count <= 2 else { continue }
      if j > 0 && (c[j - 1] == "/" || c[j - 1] == ".") { continue }
      // `PO 3/12`, `dated 3/12`: a date (review 49, R49-6).
      // `no.` counts the instalment (`instalment no. 3/12`) unless it numbers an order or a
      // reference (`PO no. 3/12`; review 50, R50-21: the counter was read as a date and an
      // annual billed monthly spread over 12 months, $15K for $24K).
      let before = UsageMonths.words(String(c[..<j])).suffix(2).map(String.init)
      let dateWords = ["po", "order", "dated", "date", "on", "from", "ref", "until", "by"]
      if let last = before.last,
        dateWords.contains(last)
          || (last == "no" && before.count == 2
            && ["po", "order", "invoice", "ref"].contains(before[0]))
      {
        continue
      }
      return true
    }
    return false
  }
}
