import ARRAnalysis
import ARRCore
import ARRScoring

extension MarkdownReport {
  /// The data-quality paragraph of an imported company: what was read and inferred, the ARR
  /// that depends on ambiguous choices, and the import rules (empty for a native folder).
  static func imported(_ c: ReportContext) -> String {
    guard let s = c.company.dataQuality.imported else { return "" }
    let f = c.format
    var out =
      "**Imported** from \(s.sourceFiles.map { "`\($0)`" }.joined(separator: ", ")) "
      + "(\(sourceWords(shape: s.shape, values: s.values))"
      + (s.isValuesGuess
        ? ", a guess: the data cannot tell monthly recurring revenue from invoiced amounts, so "
          + "the range below holds both readings" : "")
      + "): \(f.integer(s.rowsRead)) rows read, "
      + "\(f.integer(s.rowsUsed)) used, \(f.integer(s.rowsSkipped)) skipped"
      + (s.rowsSkipped == 0
        ? ""
        : " (" + (skippedWords(s, format: f) ?? "title, totals and footnote lines included") + ")")
      + ". " + inferredWords(s, format: f) + "\n\n"
    if s.ambiguousARRLow != s.ambiguousARRHigh {
      out +=
        "Headline ARR depends on ambiguous choices: \(f.money(cents: s.ambiguousARRLow)) "
        + "to \(f.money(cents: s.ambiguousARRHigh)) if each went the other way.\n\n"
      out += ambiguousChoices(s, format: f)
    }
    if s.deferredCents != 0 {
      out += "Billed but not yet earned at the as-of month: \(f.money(cents: s.deferredCents)).\n\n"
    }
    out += importRules(
      s.rules, accounts: c.company.accounts.count, headline: c.metrics.ladder.headline, format: f)
    return out
  }

  /// The choices behind the headline's range, each priced alone (session 18, report, P3): a
  /// table of the choice in words, the accounts it touches and headline ARR with it alone the
  /// other way, widest first; "" without priced choices.
  static func ambiguousChoices(_ s: ImportSummary, format f: NumberFormat) -> String {
    guard !s.ambiguousChoices.isEmpty else { return "" }
    var out = "The choices, each priced alone (an account can meet several, and its range stops "
    out += "at zero, so the rows are not summed):\n\n"
    var table = MarkdownTable(
      ["Choice", "Accounts", "Headline ARR with it alone the other way"],
      rightAligned: [false, true, true])
    for choice in s.ambiguousChoices {
      table.append([
        choice.words, choice.accounts > 0 ? f.integer(choice.accounts) : "whole file",
        "\(f.money(cents: choice.arrLow)) to \(f.money(cents: choice.arrHigh))",
      ])
    }
    return out + table.markdown + "\n"
  }

  /// The account terms an import inferred or could not read, naming only the counts that are
  /// not zero: "Inferred, not given: contract type for 116 accounts; still unknown: contract type
  /// for 84." With none, one sentence says every term is as the files give it.
  static func inferredWords(_ s: ImportSummary, format f: NumberFormat) -> String {
    func counted(_ items: [(String, Int)]) -> [String] {
      items.filter { $0.1 > 0 }.enumerated().map { k, item in
        "\(item.0) for \(f.integer(item.1))"
          + (k == 0 ? (item.1 == 1 ? " account" : " accounts") : "")
      }
    }
    let inferred = counted([
      ("contract type", s.inferredContractType), ("billing cadence", s.inferredBillingCadence),
      ("start date", s.inferredStartDate), ("contract end", s.inferredContractEndDate),
    ])
    let unknown = counted([
      ("contract type", s.unknownContractType), ("billing cadence", s.unknownBillingCadence),
    ])
    if inferred.isEmpty && unknown.isEmpty {
      return "No account term was inferred or left unknown: contract types, billing cadences, "
        + "start dates and contract ends are as the files give them."
    }
    var parts: [String] = []
    if !inferred.isEmpty {
      parts.append("Inferred, not given: " + inferred.joined(separator: ", "))
    }
    if !unknown.isEmpty {
      parts.append(
        (inferred.isEmpty ? "Still unknown: " : "still unknown: ")
          + unknown.joined(separator: ", "))
    }
    return parts.joined(separator: "; ") + "."
  }

  /// What was imported, in plain words, from the summary's codes (`shape` and `values` each one
  /// code or several joined by `+`, as the JSON has them): `cube` and `billings` → "a customer
  /// cube, read as invoiced amounts"; `stripe-invoices+stripe-subscriptions` and `billings+mrr`
  /// → "Stripe invoice lines and a Stripe subscriptions export, read as invoiced amounts and as
  /// monthly recurring revenue". `auto` values (a file without amounts, such
  /// as a customer list) say nothing; an unknown code is kept as it is.
  static func sourceWords(shape: String, values: String) -> String {
    func shapeWords(_ code: Substring) -> String {
      switch code {
      case "cube": return "a customer cube"
      case "monthly": return "a monthly table (one row per customer and month)"
      case "ledger": return "an invoice ledger"
      case "stripe-subscriptions": return "a Stripe subscriptions export"
      case "stripe-invoices": return "Stripe invoice lines"
      case "subscriptions": return "a subscriptions table"
      case "movements": return "an MRR movements log (one row per change in a customer's MRR)"
      default: return String(code)
      }
    }
    func valueWords(_ code: Substring) -> String {
      switch code {
      case "mrr": return "monthly recurring revenue"
      case "billings": return "invoiced amounts"
      case "arr": return "annual recurring revenue (each month's ÷ 12)"
      default: return String(code)
      }
    }
    let shapes = shape.split(separator: "+").map(shapeWords)
    let read = values.split(separator: "+").filter { $0 != "auto" }.map(valueWords)
    var out = StressMarkdown.listed(shapes)
    if !read.isEmpty { out += ", read as " + read.joined(separator: " and as ") }
    return out
  }

  /// The lines an import skipped, counted by kind, when every one is listed (the summary keeps
  /// a sample): "1 title line, 1 totals row and 1 footnote", "12 void or draft invoices";
  /// `nil` when the list is a sample or a reason is of no known kind.
  static func skippedWords(_ s: ImportSummary, format f: NumberFormat) -> String? {
    guard s.rowsSkipped > 0, s.skipped.count == s.rowsSkipped else { return nil }
    // The kinds of `ImportLog.SkipKind`, in its order, singular and plural.
    let kinds: [(String, String)] = [
      ("bad row", "bad rows"), ("title line", "title lines"), ("totals row", "totals rows"),
      ("footnote", "footnotes"), ("void or draft invoice", "void or draft invoices"),
      ("never-started subscription", "never-started subscriptions"),
      ("payment", "payments"), ("purchase", "purchases"), ("customer header", "customer headers"),
      ("subtotal row", "subtotal rows"), ("repeated header", "repeated headers"),
      ("repeated line", "repeated lines"), ("section header", "section headers"),
      ("deleted record", "deleted records"), ("earlier version", "earlier versions"),
      ("deal not won", "deals not won"),
      ("unjoined row", "unjoined rows"),
      ("declined payment", "declined payments"), ("own-money movement", "own-money movements"),
      ("test transaction", "test transactions"), ("continuation line", "continuation lines"),
      ("mid-life movement", "mid-life movements"), ("non-customer row", "non-customer rows"),
      ("one-time revenue row", "one-time revenue rows"), ("other-metric row", "other-metric rows"),
      ("charged-back payment", "charged-back payments"),
      ("refunded payment", "refunded payments"), ("outflow", "outflows"),
      ("invoice total row", "invoice total rows"), ("tax line", "tax lines"),
      ("page total row", "page total rows"),
    ]
    var counts = [Int](repeating: 0, count: kinds.count)
    for skip in s.skipped {
      guard let k = kinds.firstIndex(where: { skip.reason.hasPrefix($0.0) }) else { return nil }
      counts[k] += 1
    }
    let parts = kinds.indices.filter { counts[$0] > 0 }.map {
      "\(f.integer(counts[$0])) \(counts[$0] == 1 ? kinds[$0].0 : kinds[$0].1)"
    }
    return StressMarkdown.listed(parts)
  }

  /// The rules that read each account's billing rhythm, which decide one per account.
  static let rhythmRules = [
    "rhythm_1_monthly", "rhythm_3_quarterly", "rhythm_6_semiannual", "rhythm_12_annual",
    "rhythm_24_36_multi_year", "single_payment_term_by_size", "single_payment_monthly_by_size",
  ]

  /// A rule in plain words (`docs/import.md`), or its code when it has none. The Markdown names
  /// rules by these words; their codes are in the Appendix's list of report.json codes.
  static func ruleWords(_ rule: String) -> String {
    switch rule {
    case "rhythm_1_monthly": return "invoiced every month"
    case "rhythm_3_quarterly": return "invoiced every 3 months"
    case "rhythm_6_semiannual": return "invoiced every 6 months"
    case "rhythm_12_annual": return "invoiced every 12 months: annual contract"
    case "rhythm_24_36_multi_year": return "invoiced every 24 or 36 months: multi-year contract"
    case "single_payment_term_by_size": return "one term-sized payment: spread over the usual term"
    case "single_payment_monthly_by_size": return "one month-sized payment: one month of revenue"
    case "flat_monthly_unknown": return "flat monthly revenue: contract type left unknown"
    case "fluctuating_usage": return "amounts move month to month: usage contract"
    case "status_says_leaving":
      return "status says the customer leaves, still billing: notice given"
    case "end_date_is_customers_end":
      return "end date is the customer's end, not a renewal: notice given"
    case "term_from_contract_dates":
      return "start and end dates a year or more apart: annual or multi-year contract"
    case "term_from_term_months":
      return "term in months: 1 monthly, 12 to 23 annual, 24 or more multi-year"
    case "term_from_billing_cadence":
      return "billed annually from a start date: annual contract to the paid year's end"
    case "fixed_prices_not_usage":
      return "amounts move, each subscription or period at a fixed price: not usage, type unknown"
    case "quantity_priced_not_usage":
      return "amounts are a seat count times one price: not usage, type unknown"
    case "usage_by_type": return "lines typed usage: usage contract"
    case "prepaid_usage_to_next_purchase":
      return "prepaid credits with no term: usage, spread to the next purchase"
    case "usage_by_recurrence":
      return "charge billed 3 or more months running at varying amounts: usage contract"
    case "off_cycle_add_on_confirmed": return "off-cycle invoice, next renewal steps up: add-on"
    case "off_cycle_one_time": return "off-cycle invoice, no step-up at renewal: one-time"
    case "off_cycle_credit_confirmed": return "credit, next renewal steps down: recurring credit"
    case "off_cycle_unconfirmed":
      return "off-cycle invoice, no renewal yet: as the company's confirmed cases (ambiguous)"
    case "monthly_spike_one_time": return "month above its equal neighbours: excess one-time"
    case "monthly_spike_annual": return "excess recurring 12 months later: annual fee"
    case "monthly_spike_quarterly":
      return "excesses every 3 months: quarterly usage or fee, spread over its quarter"
    case "service_period_whole_months": return "service period of whole months: spread evenly"
    case "service_period_prorated_by_days": return "service period not whole months: by days"
    case "recurring_by_service_period": return "line with a service period, no type: recurring"
    case "fixed_day_cycle":
      return "invoiced every 28 to 31 days: spread over the days the run covers"
    case "proration_add_on": return "proration line: add-on or credit for its period"
    case "instalment_of_period":
      return "one period repeated month after month at one amount: an instalment, one month"
    case "one_time_by_type": return "line typed one-time"
    case "one_time_by_description": return "description names setup, services or training: one-time"
    case "one_time_never_repeats": return "charge that never repeats: one-time"
    case "refund_against_one_time": return "refund: taken from one-time revenue"
    case "credit_of_its_month": return "credit in a monthly service period: reduces its month"
    case "start_from_first_revenue": return "no start date: first month with revenue"
    default: return rule
    }
  }

  /// The import rules in two tables: the billing rhythm read for each account (one rule per
  /// account, with a remainder row for accounts no rhythm rule read, so the table foots to
  /// every account and to headline ARR), then the other rules, which overlap (an account can
  /// meet several) and are not summed. Money in whole units; `start_from_first_revenue` is left
  /// out (the paragraph above counts inferred start dates). Without a total that holds (an
  /// account under two rhythm rules), the rhythm rows join the other table.
  static func importRules(
    _ rules: [ImportSummary.RuleCount], accounts: Int, headline: Int64, format f: NumberFormat
  ) -> String {
    var rhythm = rhythmRules.compactMap { name in rules.first { $0.rule == name } }
    var other = rules.filter {
      !rhythmRules.contains($0.rule) && $0.rule != "start_from_first_revenue"
    }
    let rhythmAccounts = rhythm.reduce(0) { $0 + $1.accounts }
    let rhythmARR = rhythm.reduce(Int64(0)) { $0 + $1.arrCents }
    var out = ""
    if !rhythm.isEmpty, rhythmAccounts <= accounts, rhythmARR <= headline {
      var table = MarkdownTable(
        ["Billing rhythm read", "Accounts", "Headline ARR"], rightAligned: [false, true, true])
      let restAccounts = accounts - rhythmAccounts
      let rest = headline - rhythmARR
      let hasRest = restAccounts > 0 || rest != 0
      let cents = rhythm.map(\.arrCents) + (hasRest ? [rest] : [])
      let units = Footing.money(cents, total: headline)
      for (k, r) in rhythm.enumerated() {
        table.append([ruleWords(r.rule), f.integer(r.accounts), f.money(units: units[k])])
      }
      if hasRest {
        table.append(["no rhythm rule", f.integer(restAccounts), f.money(units: units.last!)])
      }
      table.append(["**Total**", "**\(f.integer(accounts))**", "**\(f.money(cents: headline))**"])
      out += "Each account's billing rhythm, one rule per account. Accounts counts every account "
      out += "in the data, those with no revenue in the as-of month included (their headline ARR "
      out += "is zero), so a row can count more accounts than the class tables, which count only "
      out += "accounts with recurring ARR. Figures are rounded so that the column sums to its "
      out += "displayed total, so an amount can differ by \(f.money(cents: 100)) from the same "
      out += "amount rounded in another table.\n\n" + table.markdown + "\n"
      rhythm = []
    }
    other = (rhythm + other).sorted { $0.rule < $1.rule }
    guard !other.isEmpty else { return out }
    var table = MarkdownTable(
      ["Rule", "Accounts", "Headline ARR of those accounts"], rightAligned: [false, true, true])
    for r in other {
      table.append([ruleWords(r.rule), f.integer(r.accounts), f.money(cents: r.arrCents)])
    }
    out += "The other import rules: an account can meet several, so the rows overlap and are not "
    out += "summed; the ARR is all of the headline ARR of the accounts a rule touched, not only "
    out += "what it decided.\n\n" + table.markdown + "\n"
    return out
  }

  /// A scoring signal's key in plain words for prose (`seat_underuse` → "unused seats"); a
  /// custom activity signal's key (`logins_trend`) with its underscores as spaces.
  static func signalWords(_ key: String) -> String {
    Signal(key: key)?.words ?? String(key.map { $0 == "_" ? " " : $0 })
  }
}
