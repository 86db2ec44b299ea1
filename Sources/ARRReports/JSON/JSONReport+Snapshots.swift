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
