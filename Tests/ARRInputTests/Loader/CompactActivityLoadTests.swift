import ARRCore
import Testing

@testable import ARRInput

/// Activity columns the loader writes compact as it reads (``ActivityOut``, at the month
/// sample's scale) are stored exactly as ``ActivityColumn/compact()`` stores the same values
/// read as `Float`s — the reference: no sample, every cell a `Float`, compacted once loaded.
/// The same choice of two-byte or `Float` cells, the same scale, the same cells.
@Suite struct CompactActivityLoadTests {
  /// How a column is stored: compact or not, then its cells' bits (and the decode table's).
  static func storage(_ column: ActivityColumn, monthCount: Int) -> [UInt32] {
    column.withCells(monthCount: monthCount) { cells, _ in
      switch cells {
      case .float(let f):
        [0] + f.map(\.bitPattern)
      case .compact(let c, let table):
        [1] + c.map { UInt32(UInt16(bitPattern: $0)) } + table.map(\.bitPattern)
      }
    }
  }

  /// Columns: whole numbers (scale 1), one decimal (10), two (100), eighths (`Float`: no
  /// scale holds 0.125), whole numbers with one half in the middle of the file (a sample of
  /// the file's two ends does not see it: the loader's scale cannot hold it), whole numbers but
  /// halves in the last month (left out by `--as-of`: the sample's scale is 10, every stored
  /// value serves 1), values beyond ±32,767, and −0 among whole numbers.
  static func files() -> (accounts: [UInt8], monthly: [UInt8]) {
    var accounts = "account_id\n"
    var monthly = "account_id,month,mrr,whole,tenths,cents,eighths,late,last,large,negzero\n"
    let count = 300
    for i in 0..<count { accounts += "A\(i)\n" }
    var k = 0
    for m in 0..<6 {
      for i in 0..<count where (i + m) % 5 != 0 {
        let cents = "\(k % 200).\(k % 100 < 10 ? "0" : "")\(k % 100)"
        let cells = [
          k % 9 == 0 ? "" : "\(k % 700)", k % 11 == 0 ? "N/A" : "\(k % 300).\(k % 10)", cents,
          "\(k % 50).125", k == 700 ? "2.5" : "\(k % 30)",
          m == 5 && k % 3 == 0 ? "0.5" : "\(k % 8)",
          "\(k * 100)", k % 17 == 0 ? "-0" : "\(k % 12)",
        ]
        monthly += "A\(i),2024-0\(m + 1),\(k % 90).5," + cells.joined(separator: ",") + "\n"
        k += 1
      }
    }
    return (Array(accounts.utf8), Array(monthly.utf8))
  }

  @Test(arguments: [nil, Month(year: 2024, month: 5)])
  func compactCellsAreWhatCompactMakes(asOf: Month?) throws {
    let (a, m) = Self.files()
    let options = LoadOptions(asOf: asOf)
    func load(threads: Int, windows: Int, bytes: Int, rows: Int = 256) throws -> Company {
      try CompanyLoader.load(
        accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: options,
        tuning: LoadTuning(
          chunkSize: 4_096, threadCount: threads, minimumParallelBytes: 0, rowBatch: rows,
          monthSampleWindows: windows, monthSampleBytes: bytes))
    }
    var reference = try load(threads: 1, windows: 0, bytes: 0)
    #expect(reference.activityColumns.count == 8)
    let compact = reference.activityColumns.map(\.isCompact)
    #expect(compact == [true, true, true, false, true, true, false, false])
    let expected = reference.activityColumns.map {
      Self.storage($0, monthCount: reference.monthCount)
    }
    reference.activityColumns = []
    for threads in [1, 2] {
      for (windows, bytes, rows) in [(48, 1 << 16, 256), (2, 200, 256), (2, 200, 0), (0, 0, 256)] {
        var loaded = try load(threads: threads, windows: windows, bytes: bytes, rows: rows)
        let storage = loaded.activityColumns.map { Self.storage($0, monthCount: loaded.monthCount) }
        #expect(storage == expected, "threads \(threads), windows \(windows) × \(bytes)")
        loaded.activityColumns = []
        #expect(loaded == reference)
      }
    }
  }
}
