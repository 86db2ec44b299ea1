import ARRCore

extension CubeReader {
  /// Least month cells a row needs, in the header's month columns, to be read as a header.
  static let secondHeaderMonths = 3

  /// Refuses a cube with a second header of other months below its first: next year's export
  /// appended to this year's (`Customer,2025-01,…,2025-12` under `Customer,2024-01,…`). Read as
  /// data, the rows below it sat under the first header's months and were summed with the
  /// customers' own rows; `--lenient` gave a headline neither year's (trial 25, T25-7: $192K for
  /// $72K in 2024 and $120K in 2025). The same months again is a repeated header, skipped
  /// (``ImportTable/repeatsHeader(_:_:)``).
  ///
  /// A row is such a header when at least ``secondHeaderMonths`` of its cells in the header's
  /// month columns (all of them when there are fewer) read as months (``MonthHeader``), each the
  /// month after the one before, and they are not the header's. Never skipped, even with `--lenient`: what is below it is not
  /// readable under the first header.
  /// - Throws: `.invalidData` naming the line, both headers' months, and the way through:
  ///   split the file there and pass both parts, which are joined in time.
  /// - Complexity: O(rows), one month reading per row unless its first month cell is one.
  static func refuseSecondHeader(
    _ body: [ImportTable.Record], layout: CubeLayout, headerLine: Int, file: String
  ) throws(ARRQualityError) {
    guard let firstColumn = layout.months.first?.column else { return }
    let needed = min(secondHeaderMonths, layout.months.count)
    for record in body {
      let cells = record.cells
      guard firstColumn < cells.count, MonthHeader.read(cells[firstColumn]).isMonth else {
        continue
      }
      var months = [Month]()
      for m in layout.months where m.column < cells.count {
        let reading = MonthHeader.read(cells[m.column])
        if let month = reading.month(layout.dateOrder ?? .mdy) ?? reading.mdy ?? reading.dmy {
          months.append(month)
        }
      }
      // A header's months follow each other; a row of dates, or of one amount read as a date
      // (a spreadsheet's date-formatted numbers), does not.
      let isConsecutive = months.count < 2 || MonthRun.step(of: months.map(Optional.some)) == 1
      guard months.count >= needed, isConsecutive, months != layout.months.map(\.month) else {
        continue
      }
      let first = layout.months[0].month
      let last = layout.months[layout.months.count - 1].month
      throw .data(
        "\(file):\(record.line): a second header, of other months (\(months[0]) to "
          + "\(months[months.count - 1]); the header on line \(headerLine) has \(first) "
          + "to \(last)): two exports appended in one file. Split the file at line "
          + "\(record.line) into two files and pass both: files of consecutive periods of the "
          + "same customers are joined in time")
    }
  }
}
