import ARRCore

extension Analysis {
  /// `import_finding`: each of an importer's findings (``DataQuality/findingCount``) as a
  /// report finding, so that what the import says to check first reaches the Findings and page
  /// one, not only the Data-quality notes (T22-12). Its severity follows what it can move
  /// (``DataQuality/findingStakes``): critical when it doubts the amounts' unit or names ARR of
  /// at least ``Finding/importFindingCriticalShare`` of headline, a warning from
  /// ``Finding/importFindingWarningShare`` or when the importer cannot name the ARR, info below.
  /// - Parameters:
  ///   - company: The imported company (a company folder has no importer's findings).
  ///   - headline: Headline ARR, in cents.
  ///   - f: The company's number format.
  /// - Returns: One finding per importer's finding, in the importer's order.
  /// - Complexity: O(findings × their length).
  static func importFindings(_ company: Company, headline: Int64, f: NumberFormat) -> [Finding] {
    let dq = company.dataQuality
    return dq.notes.prefix(dq.findingCount).enumerated().map { i, text in
      let quoted = quote(text)
      let stake = dq.findingStakes[i]
      if stake?.isUnitDoubt == true {
        return Finding(
          code: .importFinding, severity: .critical,
          message: "The amounts' unit is in doubt, so every figure may be 100 times off "
            + "(headline ARR \(f.compactMoney(cents: headline)) as read, "
            + "\(f.compactMoney(cents: (headline + 50) / 100)) if they are cents, with "
            + "--amounts cents): " + quoted,
          weight: Finding.importUnitDoubtWeight)
      }
      // A decision on how the file was read says what was decided, with no ARR quoted:
      // "an import finding about $0 of ARR" read as nothing at stake (review 37, R37-12); an
      // account finding whose accounts no longer pay keeps its $0 (R37-9).
      if stake?.isDecision == true {
        return Finding(
          code: .importFinding, severity: .info,
          message: "The import decided how to read the file: " + quoted, weight: 0)
      }
      if stake?.arrCents == nil, let share = stake?.customerShare {
        // Customers left out whose money cannot be converted: weighed by their count, on the
        // same thresholds as ARR (T44-5).
        let severity: Finding.Severity =
          share >= Finding.importFindingCriticalShare
          ? .critical : share >= Finding.importFindingWarningShare ? .warning : .info
        return Finding(
          code: .importFinding, severity: severity,
          message: "An import finding about \(f.percent(share)) of the customers billed in the "
            + "as-of month, left out of every figure: " + quoted,
          weight: share)
      }
      guard let arr = stake?.arrCents else {
        return Finding(
          code: .importFinding, severity: .warning,
          message: "The import asks for a check: " + quoted, weight: 0)
      }
      let share = headline > 0 ? Double(arr) / Double(headline) : 0
      let severity: Finding.Severity =
        share >= Finding.importFindingCriticalShare
        ? .critical : share >= Finding.importFindingWarningShare ? .warning : .info
      return Finding(
        code: .importFinding, severity: severity,
        message: "An import finding about \(f.compactMoney(cents: arr)) of ARR ("
          + "\(f.percent(share)) of headline): " + quoted,
        weight: share)
    }
  }

  /// `text` as a sentence of at most ``Finding/importFindingQuoteLength`` characters: cut at a
  /// word, pointing to Data quality, where it is in full.
  static func quote(_ text: String) -> String {
    var body = text.trimmingSuffix { $0 == "." || $0 == " " }
    guard body.count > Finding.importFindingQuoteLength else { return body + "." }
    body = String(body.prefix(Finding.importFindingQuoteLength))
    if let space = body.lastIndex(of: " ") { body = String(body[..<space]) }
    return body.trimmingSuffix { $0 == "," || $0 == ";" || $0 == ":" }
      + " … (in full under Data quality)."
  }
}

extension String {
  /// The text without its trailing characters matching `drop`.
  fileprivate func trimmingSuffix(_ drop: (Character) -> Bool) -> String {
    var s = Substring(self)
    while let last = s.last, drop(last) { s = s.dropLast() }
    return String(s)
  }
}
