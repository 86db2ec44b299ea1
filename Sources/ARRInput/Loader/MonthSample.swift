import ARRCore

/// The months of `monthly.csv` guessed from a few evenly spaced windows of it, before the file
/// is read, so the reader can write the account × month matrices directly (``MonthColumns``).
///
/// Reading every month into a column of its own and laying the columns out as the matrices
/// afterwards costs a second copy of every cell and twice the fresh memory, which on a loaded
/// machine is the dearest part of the load. The windows (the first, the last and evenly spaced
/// ones between) see the first and last months of files whose rows are shuffled, grouped by
/// month or grouped by account. The guess only decides where cells are written, never what is
/// read: a row outside it goes to a column of its own month, and the matrices are then laid out
/// from both (``MonthColumns/takeDense(from:through:)``).
///
/// The same windows say at which scale each activity column's cells are written compact
/// (``ActivityOut``): the first of ``ActivityColumn/scales`` that every sampled value of the
/// column serves. Again only a guess of where and how cells are written: a value the scale
/// cannot hold, or values that all serve a smaller scale, make the loader lay the column out as
/// `Float`s and leave the choice to ``ActivityColumn/compact()``.
enum MonthSample {
  /// What the windows saw.
  struct Guess {
    /// ``months(of:range:monthField:windows:windowBytes:)``.
    var months: ClosedRange<Int32>?
    /// Per activity column, the index into ``ActivityColumn/scales`` of the first scale every
    /// sampled value serves (0 when none was sampled), or `nil` when none serves them all
    /// (`Float` cells). All `nil` without a sample.
    var activityScales: [Int?]
  }

  /// The smallest and largest month ordinals of the rows in `windows` windows of `range`
  /// (all of it when small), or `nil` when none has a month.
  /// - Parameters:
  ///   - source: `monthly.csv`.
  ///   - range: Its data rows (after the header).
  ///   - monthField: The field holding the month.
  ///   - windows: How many windows (at least two: the first and the last); 0 for none.
  ///   - windowBytes: Bytes per window.
  /// - Throws: `ARRQualityError` 66 when reading fails.
  /// - Complexity: O(windows × windowBytes).
  static func months(
    of source: ByteSource, range: Range<Int>, monthField: Int, windows: Int, windowBytes: Int
  ) throws(ARRQualityError) -> ClosedRange<Int32>? {
    try sample(
      of: source, range: range, monthField: monthField, activityFields: [], windows: windows,
      windowBytes: windowBytes
    ).months
  }

  /// The months of ``months(of:range:monthField:windows:windowBytes:)`` and the scales of the
  /// activity columns at `activityFields` (``Guess``), from the same windows.
  static func sample(
    of source: ByteSource, range: Range<Int>, monthField: Int, activityFields: [Int],
    windows: Int, windowBytes: Int
  ) throws(ARRQualityError) -> Guess {
    guard windows > 0, windowBytes > 0, !range.isEmpty else {
      return Guess(months: nil, activityScales: activityFields.map { _ in nil })
    }
    let count = max(2, windows)
    var starts: [Int] = []
    if range.count <= count * windowBytes {
      starts = [range.lowerBound]
    } else {
      let last = range.upperBound - windowBytes
      starts = (0..<count).map { range.lowerBound + (last - range.lowerBound) * $0 / (count - 1) }
    }
    var rowsOf: [Int32: Int] = [:]
    var served = activityFields.map { _ in ActivityColumn.allScales }
    var fields = FieldList()
    for start in starts {
      let end = starts.count == 1 ? range.upperBound : start + windowBytes
      try source.read(start..<end, chunkSize: end - start) { p, n, _ in
        // A window after the first starts mid-row: its first line feed ends that row. (Inside
        // a quoted field it would misread a row or two, which only widens or narrows the
        // guess.)
        var pos = 0
        if start != range.lowerBound {
          while pos < n && p[pos] != CSVScanner.lf { pos += 1 }
          pos += 1
        }
        // The window's last row may be cut short: scanned as not final, it is left out.
        while pos < n,
          case .record(let next, _) = CSVScanner.scanRecord(
            p, end: n, from: pos, isFinal: end == range.upperBound, fields: &fields)
        {
          if monthField < fields.count {
            let span = fields[monthField]
            if let month = ScalarParsers.month(
              UnsafeBufferPointer(start: p + span.start, count: span.end - span.start))
            {
              rowsOf[month.ordinal, default: 0] += 1
            }
          }
          for (k, f) in activityFields.enumerated() where f < fields.count && served[k] != 0 {
            let span = fields[f]
            let cell =
              span.hasEscapedQuotes
              ? ActivityValue.read(CSVScanner.string(of: span, in: p))
              : ActivityValue.read(
                UnsafeBufferPointer(start: p + span.start, count: span.end - span.start))
            if case .number(let v) = cell {
              served[k] = ActivityColumn.servedScales(v, among: served[k])
            }
          }
          pos = next
        }
        return (n, true)
      }
    }
    return Guess(
      months: mainRange(of: rowsOf),
      activityScales: served.map { $0 == 0 ? nil : $0.trailingZeroBitCount })
  }

  /// Sampled months further apart than this (with none sampled between) are separate runs.
  static let maximumGap: Int32 = 12

  /// The months from the first to the last run of sampled months (consecutive sampled months
  /// at most ``maximumGap`` apart) holding at least 1% of the sampled rows; `nil` for none.
  ///
  /// One stray row far from the rest (a mistyped year, in a row the loader will refuse or, when
  /// lenient, skip) would otherwise stretch the matrices over decades of empty months before a
  /// single row is read. A month outside the range that does hold stored rows is still read, by
  /// the column path. Runs apart only because the windows are (a file in month order, sampled
  /// at its two ends) each hold a large share and are all kept.
  /// - Parameter rowsOf: Sampled rows per month ordinal.
  static func mainRange(of rowsOf: [Int32: Int]) -> ClosedRange<Int32>? {
    let months = rowsOf.keys.sorted()
    guard let firstMonth = months.first else { return nil }
    let total = rowsOf.values.reduce(0, +)
    var runs: [(range: ClosedRange<Int32>, rows: Int)] = []
    var start = firstMonth
    var rows = 0
    for (k, month) in months.enumerated() {
      rows += rowsOf[month]!
      if k == months.count - 1 || months[k + 1] - month > maximumGap {
        runs.append((start...month, rows))
        if k < months.count - 1 { start = months[k + 1] }
        rows = 0
      }
    }
    let kept = runs.filter { $0.rows * 100 >= total }
    guard let low = kept.first, let high = kept.last else {
      // Every run is thin: the one with the most rows.
      return runs.max { $0.rows < $1.rows }?.range
    }
    return low.range.lowerBound...high.range.upperBound
  }
}
