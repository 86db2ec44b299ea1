import ARRCore

/// A line whose description states the term it pays for ("Paid pilot - 3 months", "Proof of
/// concept - 90 days", "3-month pilot", "annual subscription (12 months)") serves that term
/// from its date (`docs/import.md`, "A term stated in a description"; session 34, lead; trial
/// 34, T34-3: pilots invoiced once for three months were spread as annual terms by their size,
/// headline $213,000 for $510,000 and committed $159,000 for $60,000).
///
/// Decided: a positive line without a service period of its own, not typed usage, whose
/// description names exactly one duration, a whole number of months (`3 months`, `3-month`,
/// `6 month`) or years (`1 year`, `2-year`) from 1 to 36 months, or of days from 28 to 1,100
/// (`90 days`), and no payment-terms words (`net`, `due`, `payment`, `overdue`, `within`:
/// "Net 30 days" says when it is paid, not what it pays for), is given the period from its date
/// to the day before the same day that many months (or days) later. The spread and the term
/// then follow the period, as for a line with service period columns.
enum DescribedTerm {
  /// Words that make a duration payment terms, not a service term.
  static let paymentWords: Set<String> = ["net", "due", "payment", "overdue", "within", "late"]

  /// The months or days `text` names as its term, or `nil` unless exactly one duration.
  static func duration(_ text: String) -> (months: Int, days: Int)? {
    // A term billed by the month ("12-month licence, paid monthly", "instalment 3 of 12") is
    // not paid for by one line (session 49, imp lane; trial 48, T48-34).
    // Not billing words after `from`, `instead of`, `switched`… (review 49, R49-7: "annual (12
    // months), switched from monthly billing" lost its term).
    guard !billsMonthly(text) else { return nil }
    let words = UsageMonths.words(text)
    guard !words.contains(where: { paymentWords.contains(String($0)) }) else { return nil }
    var found: [(months: Int, days: Int)] = []
    let own = ownCadence(words)
    let isPrepaid = words.contains(where: { prepaidWords.contains($0) })
    for w in words {
      // `biennial`, `triennial`: two and three years (trial 51, T51-45).
      if w == "biennial" { found.append((24, 0)) }
      if w == "triennial" { found.append((36, 0)) }
    }
    for (k, w) in words.enumerated() where k + 1 < words.count {
      // A number in words counts as its digits (`Two year subscription`; trial 51, T51-45: read
      // as a year, the account's ARR doubled); not `Year two of three`, no number before a unit.
      guard let n = Int(w) ?? numberWords[String(w)], n > 0 else { continue }
      // A duration qualifying something else is no term (review 53, R53-8: `three-year price
      // lock` on monthly lines spread each over 36 months, `includes two months free` served
      // an annual plan over two): `… free`, `… price lock`, `first 12 months`.
      if words[(k + 2)..<min(words.count, k + 4)].contains(where: { qualifierWords.contains($0) })
        || (k > 0 && LedgerMinimums.promotionWords.contains(words[k - 1]))
      {
        continue
      }
      // Years on a line billed by the month (`Abonnement mensuel, engagement 2 ans`,
      // `Monatsabo, Laufzeit 2 Jahre`) are a commitment of the monthly plan, not the period the
      // line pays for (review 53, R53-22: each monthly line was served over 24 months, −39%);
      // an `annual` elsewhere says nothing (R53-23: `Three-year … subscription - prepaid
      // (converted from annual plan)` read as a year).
      // Only the line's own cadence counts, and a line saying it is paid ahead pays its term
      // (review 54, R54-5: `2 years prepaid - … monthly active users`, `(replaces monthly
      // plan)`, `(statt monatlicher Zahlung)` were read as a year, +67%). Months likewise, as
      // a minimum term or a commitment (R54-14: `Monthly subscription - 24 month minimum term`
      // served each month over 24, −39%).
      // A minimum beside them is a commitment even on a prepaid line (`Monthly subscription
      // (prepaid), 12-month minimum term`: the month is paid ahead; review 54, x01).
      let near = words[max(0, k - 2)..<min(words.count, k + 5)]
      let isUnit = yearUnits.contains(words[k + 1]) || monthUnits.contains(words[k + 1])
      if own == 1, isUnit,
        near.contains(where: { minimumWords.contains($0) })
          || !isPrepaid
            && (yearUnits.contains(words[k + 1]) || near.contains(where: commitmentWords.contains))
      {
        continue
      }
      switch words[k + 1] {
      case "month", "months", "mo", "mos":
        if n <= 36 { found.append((n, 0)) }
      // Years in French, Spanish, Italian, German, Dutch, Portuguese (review 53, R53-19:
      // `Abonnement deux ans`, `Zwei-Jahres-Abo` read as a year, +86%); not their months,
      // said of notice periods as often (`Kündigungsfrist 3 Monate`).
      case "year", "years", "yr", "yrs", "ans", "années", "años", "anni", "jahre", "jahres",
        "jaar", "jaren", "anos":
        if n <= 3 { found.append((12 * n, 0)) }
      case "day", "days":
        if n >= 28 && n <= 1_100 { found.append((0, n)) }
      default: continue
      }
    }
    // One duration said twice is one (`Three-year licence (36 months)`; review 55's my04:
    // read as none, the 36,000 spread over a year).
    guard let one = found.first,
      found.allSatisfy({ $0.months == one.months && $0.days == one.days })
    else { return nil }
    found = [one]
    // A counter out of 12 vetoes a year's term only (review 49, R49-6: a "PO 3/12" date cancelled
    // a 24-month prepaid's term).
    if found[0].months == 12 && LedgerMinimums.countsOutOfTwelve(text) { return nil }
    // A multi-year agreement paid a year at a time: the line pays its year (trial 51, T51-46:
    // "3-year agreement, billed annually - Year 1 of 3" was spread over 36 months, −33%).
    if found[0].months > 12 && paysAYear(words) { return (12, 0) }
    // A longer agreement billed a year or a quarter at a time in the line's own words pays
    // that (review 54, R54-21: `Yearly fee (two-year contract)`, `Quarterly billing -
    // three-year agreement` were spread over the whole term, −33%/−44%).
    if let own, own > 1, found[0].months > own, !isPrepaid { return (own, 0) }
    return found[0]
  }

  /// Numbers in words, two to ten, as a duration's count (`two year`, `three-year`, `six
  /// months`; not `one`, as often prose as a count: `one month free`, `one month's notice`).
  static let numberWords: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
    // Two and three in French, Spanish, German, Italian, Dutch, Portuguese (not Italian
    // `due`, a payment word).
    "deux": 2, "trois": 3, "dos": 2, "tres": 3, "zwei": 2, "drei": 3, "tre": 3, "twee": 2,
    "drie": 3, "dois": 2, "três": 3,
  ]

  /// Words after a duration's unit saying it qualifies something other than the term the line
  /// pays for (``LedgerMinimums/qualifiedNouns`` but `support` and `updates`, a term's own
  /// nouns as often, and the price guarantees' words).
  static let qualifierWords: Set<Substring> = LedgerMinimums.qualifiedNouns.subtracting([
    "support", "updates", "update", "upgrades",
  ]).union(["price", "prices", "lock", "locked", "guarantee", "guaranteed", "notice", "gratis"])

  /// Words saying a line is billed by the month, in six languages.
  static let monthlyWords: Set<Substring> = [
    "monthly", "mensuel", "mensuelle", "monatlich", "monatliche", "monatlicher", "monatliches",
    "monatsabo", "mensual", "mensile", "maandelijks", "maandelijkse", "mensal",
  ]
  /// A duration's year units, in six languages.
  static let yearUnits: Set<Substring> = [
    "year", "years", "yr", "yrs", "ans", "années", "años", "anni", "jahre", "jahres", "jaar",
    "jaren", "anos",
  ]

  /// Phrases (whole words) saying a line pays one year of a longer term: `billed annually`,
  /// `annual instalment`, `annual payment`…
  static let yearPaymentPhrases = [
    "billed annually", "paid annually", "invoiced annually", "payable annually", "billed yearly",
    "annual instalment", "annual installment", "annual payment", "yearly instalment",
    "yearly installment", "yearly payment", "annual invoice",
  ]

  /// Whether `words` say their line pays one year of a longer term: a phrase of
  /// ``yearPaymentPhrases``, or `year N of M` (M from 2 to 10).
  static func paysAYear(_ words: [Substring]) -> Bool {
    if UsageMonths.hasPhrase(words, of: yearPaymentPhrases, unlessAfter: { _ in false }) {
      return true
    }
    return words.indices.contains { i in
      i + 3 < words.count && words[i] == "year" && Int(words[i + 1]) != nil
        && words[i + 2] == "of" && (Int(words[i + 3]).map { (2...10).contains($0) } ?? false)
    }
  }

  /// Words that make monthly billing words another plan's (`switched from monthly billing`).
  /// Not `upgrade`: `… - upgrade; billed monthly` bills the upgrade monthly (review 50, R50-20:
  /// an annual billed monthly was spread over 12 months, $15K for $24K); `upgraded from monthly
  /// billing` is blocked by its `from`.
  static let otherBilling: Set<String> = [
    "from", "instead", "switched", "replaces", "replacing", "longer", "than", "was", "previously",
    "statt", "anstatt", "früher", "vorher", "von", "anciennement", "antes", "anteriormente",
  ]

  /// Whether `text` says its own line is billed by the month (``LedgerMinimums/monthlyBillingWords``
  /// not after a word of ``otherBilling``).
  static func billsMonthly(_ text: String) -> Bool {
    UsageMonths.hasPhrase(
      UsageMonths.words(text), of: LedgerMinimums.monthlyBillingWords,
      unlessAfter: { otherBilling.contains(String($0)) })
  }

  /// Words that make a cadence word the contract's, not what the line pays for ("Platform fee -
  /// annual contract", billed monthly), or say it is billed by the month.
  static let notPaidWords: Set<String> = [
    "monthly", "month", "contract", "agreement", "commit", "commitment", "minimum",
  ]

  /// Words naming what is subscribed: a cadence word names the term a line pays for only beside
  /// one (review 42, R5: "Quarterly business review workshop" and "Annual conference
  /// sponsorship", one-offs, were spread over 3 and 12 months, $78,000 for $42,000, committed
  /// invented; R12: "Annual" in a product's name on a monthly charge).
  static let subscribedWords: Set<String> = [
    "subscription", "subscriptions", "licence", "license", "licences", "licenses", "plan",
    "renewal", "membership", "saas", "seat", "seats", "support", "maintenance", "hosting",
    // French, German, Spanish, Italian, Portuguese, Dutch (review 52b, R52b-20: `Abonnement T4
    // 2026` named no subscription, its quarter guessed by size).
    "abonnement", "abonnements", "abo", "suscripción", "suscripcion", "abbonamento",
    "assinatura", "lizenz", "licencia", "licenza", "licentie",
  ]

  /// The months a cadence written in words names as the term a line pays for (session 42, crm
  /// lane; trial 41, T41-9: "Annual subscription", $6,000 once, was spread over 3 months by its
  /// size and its customer "left" on page one): `annual`, `annually`, `yearly`, `per year`,
  /// `per annum` 12; `semiannual`, `semi-annual`, `biannual`, `half-yearly` 6; `quarterly` 3.
  /// `nil` unless exactly one such cadence, and none of ``notPaidWords`` or ``paymentWords``.
  static func cadence(_ text: String) -> Int? {
    let words = UsageMonths.words(text).map(String.init)
    guard !words.contains(where: { notPaidWords.contains($0) || paymentWords.contains($0) }),
      words.contains(where: { subscribedWords.contains($0) })
    else { return nil }
    var found = Set<Int>()
    for (k, w) in words.enumerated() {
      let previous = k > 0 ? words[k - 1] : ""
      let next = k + 1 < words.count ? words[k + 1] : ""
      switch w {
      case "annual", "annually", "yearly":
        if previous == "semi" || previous == "half" {
          found.insert(6)
        } else {
          found.insert(12)
        }
      case "semiannual", "biannual", "halfyearly": found.insert(6)
      case "quarterly": found.insert(3)
      case "per" where next == "year" || next == "annum": found.insert(12)
      default: continue
      }
    }
    return found.count == 1 ? found.first : nil
  }

  /// The period of `months` months (or `days` days) from `start`: to the day before the same day
  /// that many months later (the month's last day when it has no such day).
  static func period(from start: CivilDate, months: Int, days: Int) -> (CivilDate, CivilDate) {
    if months == 0 {
      return (start, CivilDate(daysSinceEpoch: start.daysSinceEpoch + Int32(days) - 1))
    }
    let same = ServicePeriod.adding(months: months, to: start)
    return (start, CivilDate(daysSinceEpoch: same.daysSinceEpoch - 1))
  }

  /// Gives each line that states its term that period, with a note. A term named by its cadence
  /// (``cadence(_:)``) holds only when no other charge of the account with the same description
  /// (digits and punctuation aside) falls within that term of it: a line billed more often
  /// than its cadence names pays for less than it.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    var read = [Int]()
    struct Key: Hashable {
      var account: Int
      var text: String
    }
    var months = [Key: [Month]]()
    // Month names aside too: "Annual subscription - January 2025" … "- June 2025", one a month,
    // are instalments of one year (review 42, R6: each was read as a year of its own).
    // Each distinct description's words, once (hostile 55, H55-2).
    var keyText = DescriptionMemo { text in
      UsageMonths.words(text).filter { w in
        !w.allSatisfy(\.isNumber) && MonthHeader.monthNumber(w) == nil
      }.joined(separator: " ")
    }
    let keys = entries.map { Key(account: $0.account, text: keyText($0.description)) }
    // The amount each description is typically billed at (the median of its lines): a line
    // well above it is not one more instalment (review 43, V26: a new customer paying the
    // annual plan up front, 12,000 beside instalments of 1,000, was read monthly for the
    // range's high end, $168K for $36K).
    var amounts = [String: [Int64]]()
    for (e, k) in zip(entries, keys) where e.amount > 0 && e.period == nil && !e.description.isEmpty
    {
      months[k, default: []].append(e.date.month)
      amounts[k.text, default: []].append(e.amount)
    }
    // The rhythm the file bills each description at: the shortest gap between two months
    // holding it on one account (review 42, R12: "Platform (Annual plan)" billed monthly to one
    // customer, a new customer's first instalment was read as a year, $37,600 for $55,200).
    var rhythm = [String: Int]()
    // Sorted, for the count of a line's months within its cadence (a binary search: a long
    // run of one description on one account is no longer read once per line).
    months = months.mapValues { $0.sorted() }
    for (k, held) in months {
      let sorted = Set(held).sorted()
      for (a, b) in zip(sorted, sorted.dropFirst()) {
        rhythm[k.text] = min(rhythm[k.text] ?? Int.max, b.months(since: a))
      }
    }
    let typical = amounts.mapValues { $0.sorted()[$0.count / 2] }
    let last = entries.map(\.date.month).max()
    // A cadence named in words holds unless the file bills the same description more often and
    // this line is too recent for its account's next invoice to show either.
    func isTooRecent(_ e: LedgerEntry, key: Key, cadence: Int) -> Bool {
      guard let gap = rhythm[key.text], gap < cadence, let last,
        let usual = typical[key.text], Double(e.amount) <= Double(usual) * 1.25
      else { return false }
      return last.months(since: e.date.month) < gap
    }
    var durations = DescriptionMemo(duration)
    var cadences = DescriptionMemo(cadence)
    for i in entries.indices {
      let e = entries[i]
      guard e.amount > 0, e.period == nil, e.kind != .usage, !e.description.isEmpty else {
        continue
      }
      if let d = durations(e.description) {
        entries[i].period = period(from: e.date, months: d.months, days: d.days)
      } else if e.kind != .oneTime, let m = cadences(e.description),
        (months[keys[i]] ?? []).count(
          in: e.date.month.adding(months: 1 - m)...e.date.month.adding(months: m - 1)) == 1,
        !isTooRecent(e, key: keys[i], cadence: m)
      {
        entries[i].period = period(from: e.date, months: m, days: 0)
      } else {
        continue
      }
      read.append(i)
    }
    guard let first = read.first.map({ entries[$0] }) else { return }
    log.notes.append(
      "\(file): \(Counted.phrase(read.count, "line")) state\(read.count == 1 ? "s" : "") the "
        + "term it pays for (\"\(first.description)\" on line \(first.line)): served from its "
        + "date over that term, not a term guessed by its size")
  }
}
