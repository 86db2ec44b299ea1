import ARRCore

/// The tie-out of an MRR movements log: for every month, the MRR bridge of the rebuilt month-end
/// levels (new, expansion, contraction, churn, reactivation, as `docs/metrics.md` defines them)
/// equals the log's own sums by movement type. Where a month differs (two movements of one
/// account netting out within it, a label whose amount goes the other way, a churn whose amount
/// is not the level it ends), the import log says so, month by month, rather than leave a
/// report whose bridge disagrees with the file (`docs/import.md`, "MRR movements log").
enum MovementBridge {
  /// The bridge of `cells` (accounts × `span` month-end levels, cents), per month, as positive
  /// sizes; the first month is against each account's level before the log (`openings`, 0 when
  /// not given; an account given one has paid before).
  /// - Complexity: O(accounts × span).
  static func of(_ cells: [Int64], accounts: Int, span: Int, openings: [Int: Int64] = [:])
    -> [[MovementKind: Int64]]
  {
    var out = [[MovementKind: Int64]](repeating: [:], count: span)
    for a in 0..<accounts {
      var hasPaid = openings[a] != nil
      var prev: Int64 = openings[a] ?? 0
      for m in 0..<span {
        let cur = cells[a * span + m]
        let kind: MovementKind?
        let size: Int64
        if prev == 0 && cur > 0 {
          (kind, size) = (hasPaid ? .reactivation : .new, cur)
        } else if prev > 0 && cur == 0 {
          (kind, size) = (.churn, prev)
        } else if prev > 0 && cur > prev {
          (kind, size) = (.expansion, cur &- prev)
        } else if prev > 0 && cur < prev {
          (kind, size) = (.contraction, prev &- cur)
        } else {
          (kind, size) = (nil, 0)
        }
        if let kind { out[m][kind, default: 0] &+= size }
        hasPaid = hasPaid || cur > 0
        prev = cur
      }
    }
    return out
  }

  /// The months (indices) where `bridge` and `sums` differ, zero sizes ignored.
  static func differences(_ sums: [[MovementKind: Int64]], _ bridge: [[MovementKind: Int64]])
    -> [Int]
  {
    sums.indices.filter { m in
      sums[m].filter { $0.value != 0 } != bridge[m].filter { $0.value != 0 }
    }
  }

  /// `new 100.00, expansion 50.00` (kinds in order; `nothing` when none).
  static func words(_ sizes: [MovementKind: Int64]) -> String {
    let parts = MovementKind.allCases.compactMap { k -> String? in
      guard let v = sizes[k], v != 0 else { return nil }
      return "\(k.words) \(Money.decimalString(cents: v))"
    }
    return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
  }

  /// The finding for the months where the log's sums and the rebuilt bridge differ, the first
  /// three shown; `nil` when none does.
  static func finding(
    file: String, first: Month, sums: [[MovementKind: Int64]], bridge: [[MovementKind: Int64]]
  ) -> String? {
    let months = differences(sums, bridge)
    guard let m0 = months.first else { return nil }
    let shown = months.prefix(3).map { m in
      "\(first.adding(months: m)): the log says \(words(sums[m])), the month-end levels give "
        + words(bridge[m])
    }
    return "\(file): the MRR bridge rebuilt from month-end levels does not tie out to the "
      + "log's own sums by movement type in \(Counted.phrase(months.count, "month")) "
      + "(first \(first.adding(months: m0))): "
      + shown.joined(separator: "; ") + (months.count > 3 ? "; …" : "")
      + ". The report's bridge is the month-end one (docs/metrics.md); the log's differs where "
      + "an account moves more than once in a month (a new and an expansion read as new), "
      + "where a label's amount goes the other way, or where a churn's amount is not the "
      + "level it ends"
  }
}
