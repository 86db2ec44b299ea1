import ARRCore
import Testing

@testable import ARRInput

/// The month range guessed before reading (``MonthSample``), and the matrices written straight
/// from it (``MonthColumns/dense``) against every month in a column of its own, the reference.
@Suite struct MonthSampleTests {
  /// `sampleCompany`'s rows with a `logins` activity column (numbers, blanks and `N/A`), in
  /// file order, grouped by account, or shuffled.
  static func rows(accounts: Int, months: Int, order: String) -> (
    accounts: [UInt8], header: [UInt8], lines: [[UInt8]]
  ) {
    let (a, m) = sampleCompany(accounts: accounts, months: months, quoted: true)
    var lines: [[UInt8]] = m.split(separator: 10, omittingEmptySubsequences: false).dropLast()
      .map { Array($0.dropLast()) }  // without the CR
    let header = lines.removeFirst() + Array(",logins".utf8)
    lines = lines.enumerated().map { k, line in
      let logins = k % 13 == 0 ? "" : k % 17 == 0 ? "N/A" : "\(k % 40)"
      return line + Array(",\(logins)".utf8)
    }
    switch order {
    case "account":
      // Grouped by account id, each account's rows in month order.
      func key(_ line: [UInt8]) -> (String, String) {
        let fields = line.split(separator: 44, omittingEmptySubsequences: false)
        return (
          String(decoding: fields[0], as: UTF8.self), String(decoding: fields[1], as: UTF8.self)
        )
      }
      lines.sort { key($0) < key($1) }
    case "shuffled":
      var rng = SeededGenerator(seed: 41)
      lines.shuffle(using: &rng)
    default: break
    }
    return (a, header, lines)
  }

  static func join(_ header: [UInt8], _ lines: [[UInt8]]) -> [UInt8] {
    ([header] + lines).flatMap { $0 + [10] }
  }

  /// Files in month order, grouped by account and shuffled: 40 windows of 300 bytes see the
  /// first and the last month of each.
  @Test(arguments: ["month", "account", "shuffled"])
  func windowsFindTheMonthRange(order: String) throws {
    let (_, header, lines) = Self.rows(accounts: 300, months: 14, order: order)
    let bytes = Self.join(header, lines)
    let source = ByteSource(storage: .memory(bytes), name: "monthly.csv")
    let range = (header.count + 1)..<bytes.count
    let first = Month(year: 2023, month: 1).ordinal
    let sampled = try MonthSample.months(
      of: source, range: range, monthField: 1, windows: 40, windowBytes: 300)
    #expect(sampled == first...(first + 13))
    #expect(range.count > 40 * 300)
    if order == "month" {
      // Two small windows of a month-ordered file: its first rows and its last.
      let ends = try MonthSample.months(
        of: source, range: range, monthField: 1, windows: 2, windowBytes: 300)
      #expect(ends == first...(first + 13))
    }
    #expect(
      try MonthSample.months(
        of: source, range: range, monthField: 1, windows: 0, windowBytes: 300) == nil)
  }

  /// Matrices written straight from a sample that is exact, too narrow (two small windows of a
  /// shuffled file: rows of other months go to columns and both are laid out together) or too
  /// wide (it saw a month whose only row is refused) give the company, messages and counts of
  /// the reference (every month in a column), on one thread and two, strict, lenient, with
  /// `--as-of` and with an `as_of` in company.json.
  @Test(arguments: [false, true])
  func directMatricesGiveWhatMonthColumnsGive(withDuplicate: Bool) throws {
    var (a, header, lines) = Self.rows(accounts: 200, months: 9, order: "shuffled")
    lines.insert(Array("C2,2022-12,oops,,1,3".utf8), at: lines.count / 2)
    if withDuplicate {
      // Read again with lines tracked, on one thread.
      lines.insert(Array("C9,2023-02,7,,2,".utf8), at: lines.count / 3)
    }
    let m = Self.join(header, lines)
    let bytes = ByteSource(storage: .memory(m), name: "monthly.csv")
    let range = (header.count + 1)..<m.count
    let first = Month(year: 2023, month: 1).ordinal
    func tuning(threads: Int, windows: Int, bytes: Int) -> LoadTuning {
      LoadTuning(
        chunkSize: 4_096, threadCount: threads, minimumParallelBytes: 0,
        monthSampleWindows: windows, monthSampleBytes: bytes)
    }
    // The three samples this test means: exact but for the refused row's month (too wide),
    // and too narrow.
    let wide = try MonthlyReader.expectedMonths(
      bytes, range: range, layout: MonthlyLayout(fieldCount: 6, account: 0, month: 1, mrr: 2),
      accountCount: 200, rule: .fromData, tuning: tuning(threads: 1, windows: 48, bytes: 1 << 16))
    #expect(wide == (first - 1)...(first + 8))
    let narrow = try MonthlyReader.expectedMonths(
      bytes, range: range, layout: MonthlyLayout(fieldCount: 6, account: 0, month: 1, mrr: 2),
      accountCount: 200, rule: .fromData, tuning: tuning(threads: 1, windows: 2, bytes: 120))
    #expect(narrow != nil && narrow!.count < 9)
    let asOf = Month(year: 2023, month: 6)
    let json = Array(#"{"as_of": "2023-06"}"#.utf8)
    for (options, companyJSON) in [
      (LoadOptions(), nil), (LoadOptions(isLenient: true), nil),
      (LoadOptions(isLenient: true, asOf: asOf), nil), (LoadOptions(isLenient: true), json),
    ] as [(LoadOptions, [UInt8]?)] {
      func load(_ tuning: LoadTuning) -> Result<Company, ARRQualityError> {
        Result { () throws(ARRQualityError) -> Company in
          try CompanyLoader.load(
            accountsCSV: a, monthlyCSV: m, companyJSON: companyJSON, options: options,
            tuning: tuning)
        }
      }
      let reference = load(tuning(threads: 1, windows: 0, bytes: 0))
      for threads in [1, 2] {
        for (windows, bytes) in [(48, 1 << 16), (2, 120), (0, 0)] {
          let loaded = load(tuning(threads: threads, windows: windows, bytes: bytes))
          switch (loaded, reference) {
          case (.success(var c), .success(var r)):
            // Compared by bits: `nan` (a missing cell) is not equal to itself.
            #expect(c.activityColumns.map(\.name) == r.activityColumns.map(\.name))
            #expect(
              c.activityColumns.map { $0.values.map(\.bitPattern) }
                == r.activityColumns.map { $0.values.map(\.bitPattern) })
            #expect(!c.activityColumns.isEmpty)
            c.activityColumns = []
            r.activityColumns = []
            #expect(c == r)
            #expect(c.dataQuality == r.dataQuality)
          case (.failure(let e), .failure(let r)):
            #expect(e.problems.map(\.description) == r.problems.map(\.description))
            #expect(e.problemCount == r.problemCount)
          default:
            Issue.record("one load failed, the other did not: \(options)")
          }
        }
      }
    }
    a = []
  }

  /// The sample's range runs over the runs of months holding at least 1% of its rows: a stray
  /// month decades away (one mistyped row) does not stretch the matrices; runs apart only
  /// because the windows are (the two ends of a file in month order) are all kept.
  @Test func strayMonthsFarFromTheRestAreLeftOut() {
    let first = Month(year: 2023, month: 1).ordinal
    var rows = Dictionary(uniqueKeysWithValues: (0..<9).map { (first + Int32($0), 50) })
    rows[first - 1] = 1
    rows[Month(year: 2049, month: 12).ordinal] = 1
    #expect(MonthSample.mainRange(of: rows) == (first - 1)...(first + 8))
    let later = first + 20
    #expect(MonthSample.mainRange(of: [first: 5, later: 5]) == first...later)
    #expect(MonthSample.mainRange(of: [first: 1, first + 1: 1, later: 300]) == later...later)
    #expect(MonthSample.mainRange(of: [first: 5, first + 12: 5]) == first...(first + 12))
    #expect(MonthSample.mainRange(of: [:]) == nil)
  }

  /// A row dated decades after the rest (refused in strict mode, skipped when lenient) leaves
  /// the matrices at the data's months, and the load equals the reference's.
  @Test func aStrayYearDoesNotStretchTheMatrices() throws {
    var (a, header, lines) = Self.rows(accounts: 200, months: 9, order: "shuffled")
    lines.insert(Array("C2,2049-12,oops,,1,3".utf8), at: lines.count / 2)
    let m = Self.join(header, lines)
    let bytes = ByteSource(storage: .memory(m), name: "monthly.csv")
    let range = (header.count + 1)..<m.count
    let first = Month(year: 2023, month: 1).ordinal
    func tuning(threads: Int, windows: Int) -> LoadTuning {
      LoadTuning(
        chunkSize: 4_096, threadCount: threads, minimumParallelBytes: 0,
        monthSampleWindows: windows, monthSampleBytes: 1 << 16)
    }
    let sampled = try MonthlyReader.expectedMonths(
      bytes, range: range, layout: MonthlyLayout(fieldCount: 6, account: 0, month: 1, mrr: 2),
      accountCount: 200, rule: .fromData, tuning: tuning(threads: 1, windows: 48))
    #expect(sampled == first...(first + 8))
    for options in [LoadOptions(), LoadOptions(isLenient: true)] {
      func load(_ tuning: LoadTuning) -> Result<Company, ARRQualityError> {
        Result { () throws(ARRQualityError) -> Company in
          try CompanyLoader.load(
            accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: options, tuning: tuning)
        }
      }
      let reference = load(tuning(threads: 1, windows: 0))
      for threads in [1, 2] {
        switch (load(tuning(threads: threads, windows: 48)), reference) {
        case (.success(var c), .success(var r)):
          #expect(
            c.activityColumns.map { $0.values.map(\.bitPattern) }
              == r.activityColumns.map { $0.values.map(\.bitPattern) })
          c.activityColumns = []
          r.activityColumns = []
          #expect(c == r && c.monthCount == 9)
        case (.failure(let e), .failure(let r)):
          #expect(e.problems.map(\.description) == r.problems.map(\.description))
        default:
          Issue.record("one load failed, the other did not: \(options)")
        }
      }
    }
    a = []
  }
}
