import ARRCore

extension LedgerReader {
  /// Refuses a CRM's won deals dated by a plain date, each line on a month's first day, read
  /// with no `--as-of` and no title date: a revenue schedule's months under another name, as a
  /// `Schedule Date` column's (decided, session 53, lead; session 54, imp lane; trial 51,
  /// T51-60: the file renamed to `Date` was read as of the schedule's last month, 2027-09,
  /// headline −80%). The deal stage column is one holding closing stages
  /// (``DeletedRows/namesClosingStages(_:column:)``); dates on other days (close dates) and
  /// files without such a column are read as before.
  /// - Throws: `.invalidData` asking for `--as-of`.
  static func refuseDealSchedule(
    _ data: LedgerData, header: [String], body: ArraySlice<ImportTable.Record>,
    layout: LedgerLayout, hasTitle: Bool, file: String, options: ImportOptions
  ) throws(ARRQualityError) {
    guard options.asOf == nil, !hasTitle, let d = layout.columns[.date], d < header.count,
      let stage = dealStageColumn(header, body: body),
      Set(data.entries.lazy.map(\.date.month)).count >= 2,
      data.entries.allSatisfy({ $0.date.parts.day == 1 })
    else { return }
    throw dealScheduleRefusal(file: file, stage: header[stage], date: header[d])
  }

  /// The column of `header` naming a CRM deal's stage whose cells in `body` name closing
  /// stages (``DeletedRows/namesClosingStages(_:column:)``), if any.
  static func dealStageColumn(_ header: [String], body: ArraySlice<ImportTable.Record>) -> Int? {
    header.indices.first { c in
      DeletedRows.markers[CubeLayout.headerKey(header[c])] == .dealStage
        && DeletedRows.namesClosingStages(body, column: c)
    }
  }

  /// The refusal of a CRM's deals by month read with no `--as-of` and no title date, asking for
  /// it (a monthly table's rows are months: T51-60's renamed file read as one).
  static func dealScheduleRefusal(file: String, stage: String, date: String) -> ARRQualityError {
    .data(
      "\(file): each line is a month of a CRM deal's revenue schedule (\"\(stage)\" holds "
        + "deal stages, and every \"\(date)\" is a month), which runs past the report's date into "
        + "months not earned yet, and nothing in the file says which months are past (no title "
        + "line such as \"As of 10/31/2026\"): pass --as-of with the month the report was made, "
        + "its last month earned (--as-of 2026-10 for a report of October 2026); the months "
        + "after it are left out as scheduled")
  }
}
