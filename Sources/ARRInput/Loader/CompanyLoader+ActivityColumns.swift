import ARRCore

extension CompanyLoader {
  /// Keeps the extra numeric columns of `monthly.csv` as ``ActivityColumn``s (read in the main
  /// pass, ``MonthlyChunkParser``, from accepted rows only): they leave the ignored columns and a
  /// note names them. A column below the numeric share stays ignored, and a note says how many
  /// of its cells were numbers. Activity is dated by month, so an earlier view keeps it up to
  /// its as-of month (later rows are not read).
  /// - Parameters:
  ///   - company: The company built from the same read.
  ///   - monthly: What reading `monthly.csv` produced.
  ///   - range: The months of the company.
  /// - Complexity: O(accounts × months × activity columns).
  static func addActivity(
    to company: inout Company, monthly: MonthlyResult, range: (first: Month, last: Month)
  ) {
    guard !monthly.activityNames.isEmpty else { return }
    var kept: [ActivityColumn] = []
    for (k, name) in monthly.activityNames.enumerated() {
      let present = monthly.activityPresent[k]
      let readable = monthly.activityReadable[k]
      guard ActivityColumn.isNumeric(present: present, readable: readable) else {
        let share = Int((SnapshotColumn.numericShare * 100).rounded())
        company.dataQuality.notes.append(
          present == 0
            ? "monthly.csv column \(name) has no values and stays ignored"
            : "monthly.csv column \(name) is not numeric (\(readable) of \(present) non-empty "
              + "cells are numbers; at least \(share)% needed) and stays ignored")
        continue
      }
      kept.append(
        monthly.columns.activityColumn(
          k, name: name, from: range.first, through: range.last,
          isCompact: monthly.activityCompact[k]))
    }
    monthly.columns.releaseActivity()
    guard !kept.isEmpty else { return }
    company.activityColumns = kept
    let names = Set(kept.map(\.name))
    if let f = company.dataQuality.files.firstIndex(where: { $0.file == MonthlyReader.file }) {
      company.dataQuality.files[f].ignoredColumns.removeAll { names.contains($0) }
    }
    company.dataQuality.notes.append(
      "monthly.csv columns kept as activity signals (weight 0 unless fitted or set in a "
        + "weights file): " + kept.map(\.name).joined(separator: ", "))
  }
}
