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
enum MonthSample {
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
    guard windows > 0, windowBytes > 0, !range.isEmpty else { return nil }
    let count = max(2, windows)
    var starts: [Int] = []
    if range.count <= count * windowBytes {
      starts = [range.lowerBound]
    } else {
      let last = range.upperBound - windowBytes
      starts = (0..<count).map { range.lowerBound + (last - range.lowerBound) * $0 / (count - 1) }
    }
    var lowest = Int32.max
    var highest = Int32.min
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
              lowest = min(lowest, month.ordinal)
              highest = max(highest, month.ordinal)
            }
          }
          pos = next
        }
        return (n, true)
      }
    }
    return lowest <= highest ? lowest...highest : nil
  }
}
