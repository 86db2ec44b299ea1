import ARRAnalysis
import ARRCore
import ARRScoring

extension JSONReport {
  /// `snapshot_columns`: `[{ "name", "kind", "by_class": { "retained": { "accounts", "mean" },
  /// … }, "all_classed": { "accounts", "mean" } }]` (`mean` is the share true for a true/false
  /// column, `null` without values).
  static func snapshotColumns(_ analysis: Analysis) -> JSONValue {
    func group(_ g: SnapshotSummary.Group) -> JSONValue {
      .object([
        ("accounts", .int(Int64(g.accounts))),
        ("mean", g.mean.map { .double(rounded($0, 6)) } ?? .null),
      ])
    }
    return .array(
      SnapshotSummary.compute(analysis.company, scoring: analysis.scoring).map { s in
        .object([
          ("name", .string(s.name)), ("kind", .string(s.kind.rawValue)),
          (
            "by_class",
            .object(RevenueClass.allCases.map { ($0.rawValue, group(s.byClass[$0.index])) })
          ),
          ("all_classed", group(s.all)),
        ])
      })
  }
}

extension JSONReport {
  /// `activity_columns`: `[{ "name", "by_class": { "retained": { "accounts", "recent_mean",
  /// "prior_mean" }, … }, "all_classed": {…}, "at_zero_while_paying": { "count", "listed":
  /// [{ "account_id", "since", "months" }] } }]` (``ActivitySummary``; trial 37, T37-30).
  static func activityColumns(_ analysis: Analysis) -> JSONValue {
    func group(_ g: ActivitySummary.Group) -> JSONValue {
      .object([
        ("accounts", .int(Int64(g.accounts))),
        ("recent_mean", g.recent.map { .double(rounded($0, 6)) } ?? .null),
        ("prior_mean", g.prior.map { .double(rounded($0, 6)) } ?? .null),
      ])
    }
    let company = analysis.company
    return .array(
      ActivitySummary.compute(company, scoring: analysis.scoring).map { s in
        .object([
          ("name", .string(s.name)),
          (
            "by_class",
            .object(RevenueClass.allCases.map { ($0.rawValue, group(s.byClass[$0.index])) })
          ),
          ("all_classed", group(s.all)),
          (
            "at_zero_while_paying",
            .object([
              ("count", .int(Int64(s.stopCount))),
              (
                "listed",
                .array(
                  s.stops.map { stop in
                    .object([
                      ("account_id", .string(company.accounts[stop.account].id)),
                      ("since", .string(company.month(at: stop.since).description)),
                      ("months", .int(Int64(stop.months))),
                    ])
                  })
              ),
            ])
          ),
        ])
      })
  }
}
