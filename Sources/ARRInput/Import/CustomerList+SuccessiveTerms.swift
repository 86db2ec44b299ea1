import ARRCore

extension CustomerList {
  /// Folds the rows of `list` joined to one account that are its successive terms (a CRM's won
  /// opportunities: the first year, then its renewal) into one row: the first term's start, and
  /// the other facts (end, term, contract type, commitment) of the term holding `asOf` (else the
  /// latest begun by then, else the first; without `asOf`, the latest). Rows are successive when
  /// each has a start and an end, and each term starts on or after the day the one before ends
  /// (an end written exclusive, the next term's first day, as Chargebee, Stripe and many CRMs
  /// write it; review 50, R50-27). Returns the indices of the rows folded
  /// into another (used, their facts in the kept row) and the note saying so; rows that overlap
  /// (two products at once) are left as they were (`docs/import.md`, "A list's successive
  /// terms"; session 49, crm lane; trial 48, T48-5: Initech's first year and its renewal were "12
  /// facts differ" and its first year's start a false "revenue before its start date").
  static func foldSuccessiveTerms(
    _ list: inout [ImportedAccount], matches: [Int?], asOf: Month?, file: String
  ) -> (folded: Set<Int>, note: String?) {
    var byAccount = [Int: [Int]]()
    for (k, m) in matches.enumerated() {
      if let m { byAccount[m, default: []].append(k) }
    }
    var folded = Set<Int>()
    var count = 0
    var example: (id: String, rows: Int, start: CivilDate, kept: ImportedAccount)?
    for (_, rows) in byAccount.sorted(by: { $0.value[0] < $1.value[0] }) where rows.count > 1 {
      let terms = rows.compactMap { k -> (k: Int, start: CivilDate, end: CivilDate)? in
        guard let s = list[k].startDate, let e = list[k].contractEndDate, e >= s else {
          return nil
        }
        return (k, s, e)
      }.sorted { ($0.start, $0.k) < ($1.start, $1.k) }
      guard terms.count == rows.count,
        zip(terms, terms.dropFirst()).allSatisfy({ $0.end <= $1.start })
      else { continue }
      let current =
        asOf.map { m in
          terms.last { $0.start.month <= m && $0.end.month >= m }
            ?? terms.last { $0.start.month <= m } ?? terms[0]
        } ?? terms[terms.count - 1]
      list[current.k].startDate = terms[0].start
      for t in terms where t.k != current.k { folded.insert(t.k) }
      count += 1
      if example == nil {
        example = (list[current.k].id, terms.count, terms[0].start, list[current.k])
      }
    }
    guard let e = example, let end = e.kept.contractEndDate else { return (folded, nil) }
    let kept = e.kept
    return (
      folded,
      "\(file): \(Counted.phrase(count, "account", verb: ("is", "are"))) on several rows that "
        + "are successive terms (each starting on or after the day the one before ends: a first "
        + "term and its renewals), read as one account from its first term's start, with the term "
        + "\(asOf.map { "holding \($0)" } ?? "begun last") for its end, term and commitment "
        + "(e.g. \"\(e.id)\": \(e.rows) rows, from \(e.start), current term to \(end) on line "
        + "\(kept.source.line))"
    )
  }
}
