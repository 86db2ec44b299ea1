import ARRCore

extension ImportLog {
  /// `import.md`: what was read, skipped (file, line, reason) and inferred, by which rule, the
  /// ARR that depends on each ambiguous choice, and the tie-out (`docs/import.md`).
  /// - Parameter company: The converted company (for its summary and currency).
  /// - Returns: Markdown.
  public func markdown(company: Company) -> String {
    let currency = company.profile.currency
    func money(_ cents: Int64) -> String { "\(Money.decimalString(cents: cents)) \(currency)" }
    var out = "# Import\n\n"
    out +=
      "What was read to make this folder, what was left out and why, and what was inferred. "
      + "Review it: fill in or correct `contract_type` and `billing_cadence` in `accounts.csv` "
      + "(the `inferred` column names the fields the import inferred; remove a name once you have "
      + "checked the value), then run `arr-quality analyze` on the folder.\n\n"
    if company.profile.isCurrencyAssumed {
      // Said where the folder is reviewed: company.json leaves the assumed currency out.
      out +=
        "**Currency:** not named in the data: \(currency) assumed (`company.json` leaves it out, "
        + "so the folder's report says it is assumed); pass `--currency` or add `\"currency\"` to "
        + "`company.json` if the amounts are in another"
        + (decimalCommaFile.map {
          ". `\($0)` writes its amounts with a decimal comma, as most of Europe does: they may "
            + "be euros, not dollars"
        } ?? "") + ".\n\n"
    }
    out +=
      "## Files\n\n| file | shape | values | rows read | used | skipped | blank rows "
      + "| cells blanked |\n"
    out += "|---|---|---|---:|---:|---:|---:|---:|\n"
    for f in files {
      // A customer list holds facts, no revenue: no shape or values of revenue (review 13, F22:
      // it read "cube | auto", as if a second cube had been read as revenue).
      let isList = f.valuesReason == CustomerList.valuesReason
      out +=
        "| \(f.file) | \(isList ? "customer list" : f.shape.rawValue) "
        + "| \(isList ? "facts" : f.values.rawValue) | \(f.rowsRead) | \(f.rowsUsed) "
        + "| \(f.rowsSkipped) | \(f.blankLines) | \(f.cellsBlanked) |\n"
    }
    out +=
      "| **all** | | | \(rowsRead) | \(rowsUsed) | \(rowsSkipped) | "
      + "| \(files.reduce(0) { $0 + $1.cellsBlanked }) |\n\n"
    for f in files {
      out += "- `\(f.file)`: header on line \(f.headerLine)"
      if !f.valuesReason.isEmpty { out += "; values \(f.valuesReason)" }
      let kinds = SkipKind.allCases.compactMap { k in
        f.skipped[k].map { "\($0) \($0 == 1 ? k.rawValue : k.plural)" }
      }
      if !kinds.isEmpty { out += "; skipped: " + kinds.joined(separator: ", ") }
      if !f.recognisedColumns.isEmpty {
        out += "; columns read: " + f.recognisedColumns.joined(separator: ", ")
      }
      if !f.ignoredColumns.isEmpty {
        // The first 20, then a count: a header of thousands of columns stays one line.
        out += "; ignored: " + f.ignoredColumns.prefix(20).map { "`\($0)`" }.joined(separator: ", ")
        if f.ignoredColumns.count > 20 {
          out += " and \(CountText.grouped(f.ignoredColumns.count - 20)) more"
        }
      }
      out += "\n"
    }
    out += "\n## Tie-out\n\n| part | amount |\n|---|---:|\n"
    let t = tieOut
    for (label, v) in [
      ("source (every amount read)", t.sourceCents), ("imported MRR", t.mrrCents),
      ("imported one-time", t.oneTimeCents),
      ("deferred (billed, earned after as-of)", t.deferredCents),
      ("rounding residual", t.residualCents), ("after the as-of month", t.afterAsOfCents),
      ("left out (reported below)", t.leftOutCents),
    ] {
      out += "| \(label) | \(money(v)) |\n"
    }
    out +=
      "\nsource = MRR + one-time + deferred + residual + after as-of + left out: "
      + (t.isBalanced ? "**ties out to the cent**" : "**does not tie out**") + "\n"
    if let s = company.dataQuality.imported {
      out += "\n## Inferred\n\n| field | inferred | unknown |\n|---|---:|---:|\n"
      out += "| contract_type | \(s.inferredContractType) | \(s.unknownContractType) |\n"
      out += "| billing_cadence | \(s.inferredBillingCadence) | \(s.unknownBillingCadence) |\n"
      out += "| start_date | \(s.inferredStartDate) | |\n"
      out += "| contract_end_date | \(s.inferredContractEndDate) | |\n"
      if !s.rules.isEmpty {
        out += "\n| rule | accounts | headline ARR |\n|---|---:|---:|\n"
        for r in s.rules { out += "| `\(r.rule)` | \(r.accounts) | \(money(r.arrCents)) |\n" }
        out += "\nEach rule is described, with its threshold, in `docs/import.md`.\n"
      }
      out +=
        "\nHeadline ARR if every ambiguous choice went the other way: \(money(s.ambiguousARRLow)) "
        + "to \(money(s.ambiguousARRHigh)).\n"
    }
    if let through = incompleteThrough {
      out += "\nMonths \(company.firstMonth)–\(through) may be incomplete (see notes).\n"
    }
    if !findings.isEmpty {
      out += "\n## Findings\n\n" + findings.map { "- \($0)\n" }.joined()
    }
    if !notes.isEmpty {
      out += "\n## Notes\n\n" + notes.map { "- \($0)\n" }.joined()
    }
    let blanked = files.flatMap(\.blankedCells)
    if !blanked.isEmpty {
      // Each cell `--lenient` read as not given, its row used (T22-2).
      out += "\n## Cells blanked (--lenient)\n\n"
      out += blanked.map { "- `\($0.description)`\n" }.joined()
      let all = files.reduce(0) { $0 + $1.cellsBlanked }
      if all > blanked.count { out += "\n… and \(all - blanked.count) more (counted above).\n" }
    }
    if !skipped.isEmpty {
      out += "\n## Skipped lines\n\n| file | line | reason |\n|---|---:|---|\n"
      for s in skipped {
        let reason = s.reason.replacingPipes()
        out += "| \(s.file) | \(s.line) | \(reason) |\n"
      }
      if rowsSkipped > skipped.count {
        out += "\n… and \(rowsSkipped - skipped.count) more (counted above).\n"
      }
    }
    return out
  }
}

extension String {
  /// The text with `|` escaped for a Markdown table cell.
  fileprivate func replacingPipes() -> String {
    var out = ""
    for ch in self {
      if ch == "|" { out += "\\|" } else if ch == "\n" { out += " " } else { out.append(ch) }
    }
    return out
  }
}
