import ARRCore

extension CustomerList {
  /// Folds the rows of `list` joined to one account that are its successive terms (a CRM's won
  /// opportunities: the first year, then its renewal) into one row: the first term's start, and
  /// the other facts (end, term, contract type, commitment) of the term holding `asOf` (else the
  /// latest begun by then, else the first; without `asOf`, the latest). Rows are successive when
  /// each has a start and an end, and each term starts on or after the day the one before ends
  /// (an end written exclusive, the next term's first day, as Chargebee, Stripe and many CRMs
  /// write it; review 50, R50-27). Rows that overlap (a renewal and an add-on co-termed with
  /// it) are one term, their commitments added, to the latest of their ends (review 51, R51-21:
  /// Initech's renewal and its add-on were no chain, its commitment read as the add-on's alone).
  /// Returns the indices of the rows folded into another (used, their facts in the kept row) and
  /// the note saying so; rows that all overlap (two products at once, one term) are left as they
  /// were (`docs/import.md`, "A list's successive
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
    var concurrent = 0
    var coTermed = 0
    var example: (id: String, rows: Int, start: CivilDate, kept: ImportedAccount)?
    for (_, rows) in byAccount.sorted(by: { $0.value[0] < $1.value[0] }) where rows.count > 1 {
      let terms = rows.compactMap { k -> (k: Int, start: CivilDate, end: CivilDate)? in
        guard let s = list[k].startDate, let e = list[k].contractEndDate, e >= s else {
          return nil
        }
        return (k, s, e)
      }.sorted { ($0.start, $0.k) < ($1.start, $1.k) }
      guard terms.count == rows.count else { continue }
      // Rows running at once (a renewal and an add-on co-termed with it) are one term: each row
      // starting before the latest end of the rows before it joins their term (review 51,
      // R51-21). One term alone (two products at once) is left as it was.
      var clusters = [[(k: Int, start: CivilDate, end: CivilDate)]]()
      var clusterEnd: CivilDate?
      for t in terms {
        if let e = clusterEnd, t.start < e {
          clusters[clusters.count - 1].append(t)
          clusterEnd = max(e, t.end)
        } else {
          clusters.append([t])
          clusterEnd = t.end
        }
      }
      // One term of rows all overlapping is two products at once, left as it was, unless a
      // row renews another within it (starts on or after its end): a renewal chain beside a
      // product on a term of its own, whose running rows' commitments add up (review 52,
      // R52-26: Initech's Platform renewal beside its 2-year Analytics contract kept the
      // Analytics row's commitment alone, −32%).
      let renews = terms.contains { a in terms.contains { b in b.k != a.k && b.start >= a.end } }
      guard clusters.count > 1 || renews else { continue }
      let holding = { (m: Month) in
        { (t: (k: Int, start: CivilDate, end: CivilDate)) in
          t.start.month <= m && t.end.month >= m
        }
      }
      let term =
        asOf.map { m in
          clusters.last { $0.contains(where: holding(m)) }
            ?? clusters.last { $0[0].start.month <= m } ?? clusters[0]
        } ?? clusters[clusters.count - 1]
      let current = term[0]
      list[current.k].startDate = terms[0].start
      if term.count > 1 {
        // The rows holding the as-of month (else all the term's): their commitments added, the
        // latest of their ends.
        let running =
          asOf.map { m in term.filter(holding(m)) }.flatMap { $0.isEmpty ? nil : $0 } ?? term
        list[current.k].contractEndDate = running.map(\.end).max()
        // A row on a term under 12 months ending with a running term of a year or more is an
        // add-on co-termed with it: its annualised value commits as that term does (review 52,
        // R52-14: Initech's 9-month add-on to its renewal's end committed nothing, −16%).
        for r in running where list[r.k].committedMRR == nil {
          guard let value = list[r.k].annualisedOnShortTerm,
            running.contains(where: { q in
              q.k != r.k && q.end.daysSinceEpoch - q.start.daysSinceEpoch >= 360
                && abs(q.end.daysSinceEpoch - r.end.daysSinceEpoch) <= 3
            })
          else { continue }
          list[r.k].committedMRR = value
          coTermed += 1
        }
        let commitments = running.compactMap { list[$0.k].committedMRR }
        if commitments.count == running.count, running.count > 1 {
          list[current.k].committedMRR = commitments.reduce(0) { Money.saturatingSum($0, $1) }
        }
        concurrent += 1
      }
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
        + (concurrent == 0
          ? ""
          : "; for \(Counted.phrase(concurrent, "account")) rows run at once within a term (a "
            + "renewal and an add-on co-termed with it): their commitments are added, to the latest "
            + "of their ends")
        + (coTermed == 0
          ? ""
          : "; \(Counted.phrase(coTermed, "row")) on a term under 12 months "
            + "\(coTermed == 1 ? "ends" : "end") with a running term of a year or more (an add-on "
            + "co-termed with it): \(coTermed == 1 ? "its" : "their") annualised value is read as "
            + "a commitment to that end, as the term's")
    )
  }
}
