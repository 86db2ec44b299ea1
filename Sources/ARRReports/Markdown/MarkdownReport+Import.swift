import ARRAnalysis

extension MarkdownReport {
  /// The data-quality paragraph of an imported company: what was read and inferred, and the ARR
  /// that depends on ambiguous choices (empty for a native folder).
  static func imported(_ c: ReportContext) -> String {
    guard let s = c.company.dataQuality.imported else { return "" }
    let f = c.format
    var out =
      "**Imported** from \(s.sourceFiles.map { "`\($0)`" }.joined(separator: ", ")) "
      + "(\(s.shape), values read as \(s.values)): \(f.integer(s.rowsRead)) rows read, "
      + "\(f.integer(s.rowsUsed)) used, \(f.integer(s.rowsSkipped)) skipped (title, totals and "
      + "footnote lines included). Inferred, not given: contract type for "
      + "\(f.integer(s.inferredContractType)) accounts, billing cadence for "
      + "\(f.integer(s.inferredBillingCadence)), start date for \(f.integer(s.inferredStartDate)), "
      + "contract end for \(f.integer(s.inferredContractEndDate)); still unknown: contract type "
      + "for \(f.integer(s.unknownContractType)), billing cadence for "
      + "\(f.integer(s.unknownBillingCadence)).\n\n"
    if s.ambiguousARRLow != s.ambiguousARRHigh {
      out +=
        "Headline ARR depends on ambiguous choices: \(f.moneyWithCents(cents: s.ambiguousARRLow)) "
        + "to \(f.moneyWithCents(cents: s.ambiguousARRHigh)) if each went the other way.\n\n"
    }
    if s.deferredCents != 0 {
      out +=
        "Billed but not yet earned at the as-of month: \(f.moneyWithCents(cents: s.deferredCents)).\n\n"
    }
    if !s.rules.isEmpty {
      var table = MarkdownTable(["Rule", "Accounts", "Headline ARR"])
      for r in s.rules {
        table.append(["`\(r.rule)`", f.integer(r.accounts), f.moneyWithCents(cents: r.arrCents)])
      }
      out += table.markdown + "\n"
    }
    return out
  }

  /// A scoring signal's key in plain words for prose (`seat_underuse` → "unused seats"); a
  /// custom activity signal's key (`logins_trend`) with its underscores as spaces.
  static func signalWords(_ key: String) -> String {
    switch key {
    case "month_to_month": return "month-to-month contract"
    case "usage_contract": return "usage contract"
    case "pilot": return "pilot"
    case "multi_year": return "multi-year contract"
    case "billed_monthly": return "billed monthly"
    case "billed_quarterly": return "billed quarterly"
    case "billed_in_arrears": return "billed in arrears"
    case "billed_upfront": return "prepaid up front"
    case "trial_active": return "active trial"
    case "trial_converted_recently": return "trial converted recently"
    case "trial_expired": return "trial expired"
    case "usage_decline": return "usage decline"
    case "zero_usage_months": return "months with zero usage"
    case "usage_volatility": return "volatile usage revenue"
    case "mrr_contraction": return "MRR down from its high"
    case "new_account": return "new account"
    case "renewal_due": return "renewal due"
    case "cancellation_notice": return "cancellation notice"
    case "cancelled": return "cancelled"
    case "seat_underuse": return "unused seats"
    case "few_integrations": return "few integrations"
    case "past_due": return "payment past due"
    case "below_commitment": return "usage below its committed minimum"
    case "unknown_terms": return "unknown terms"
    case "log_tenure": return "tenure"
    default: return String(key.map { $0 == "_" ? " " : $0 })
    }
  }
}
