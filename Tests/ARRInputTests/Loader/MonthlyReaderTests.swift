import ARRCore
import Testing

@testable import ARRInput

/// A deterministic company big enough to split: `accounts` × `months` rows, some quoted.
func sampleCompany(accounts: Int, months: Int, quoted: Bool = false) -> (
  accounts: [UInt8], monthly: [UInt8]
) {
  var a = "account_id,contract_type,billing_cadence,start_date\n"
  var m = "account_id,month,mrr,one_time,usage\r\n"
  for i in 0..<accounts {
    a += "C\(i),monthly,monthly,2023-01-01\n"
  }
  for k in 0..<months {
    for i in 0..<accounts where (i + k) % 7 != 0 {
      let month = Month(year: 2023, month: 1).adding(months: k)
      let id = quoted && i % 5 == 0 ? "\"C\(i)\"" : "C\(i)"
      let oneTime = i % 11 == 0 ? "\(i).5" : ""
      m +=
        "\(id),\(month),\((i * 37 + k * 101) % 5000).\(i % 100 < 10 ? "0" : "")\(i % 100),\(oneTime),\(i * k)\r\n"
    }
  }
  return (Array(a.utf8), Array(m.utf8))
}

func messagesOf(_ a: [UInt8], _ m: [UInt8], _ tuning: LoadTuning) -> [String] {
  do {
    _ = try CompanyLoader.load(
      accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(), tuning: tuning)
    return []
  } catch {
    return error.problems.map(\.description)
  }
}

@Suite(.scratchFolders) struct MonthlyReaderTests {
  let one = LoadTuning(chunkSize: 1 << 20, threadCount: 1, minimumParallelBytes: .max)
  let two = LoadTuning(chunkSize: 1 << 20, threadCount: 2, minimumParallelBytes: 0)

  @Test(arguments: [false, true])
  func twoThreadsGiveTheSameCompanyAsOne(quoted: Bool) throws {
    let (a, m) = sampleCompany(accounts: 300, months: 14, quoted: quoted)
    let single = try CompanyLoader.load(
      accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(), tuning: one)
    let double = try CompanyLoader.load(
      accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(), tuning: two)
    #expect(single == double)
    #expect(single.monthCount == 14)
    #expect(single.dataQuality.files[1].rowsAccepted == single.dataQuality.files[1].rowsRead)
    // The reader really split the data.
    let split = try #require(
      try MonthlyReader.splitPoint(ByteSource(storage: .memory(m), name: "m"), 0..<m.count))
    #expect(split > 0 && split < m.count && m[split - 1] == 10)
  }

  @Test func twoThreadsKeepLineNumbersOfTheSecondHalf() throws {
    var (a, m) = sampleCompany(accounts: 50, months: 6)
    m += Array("C1,2023-03,oops,,1\r\n".utf8)
    let lines = m.filter { $0 == 10 }.count
    var messages: [[String]] = []
    for tuning in [one, two] {
      do {
        _ = try CompanyLoader.load(
          accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(), tuning: tuning)
      } catch {
        messages.append(error.problems.map(\.description))
      }
    }
    #expect(messages.count == 2)
    #expect(
      messages[0] == [
        "monthly.csv:\(lines):3: mrr \"oops\" is not an amount (expected e.g. 1234.50)"
      ])
    #expect(messages[0] == messages[1])
    a = []
  }

  @Test func duplicatesAcrossTheSplitAreFound() throws {
    let (a, m0) = sampleCompany(accounts: 40, months: 4)
    let m = m0 + Array("C1,2023-02,1,,1\r\n".utf8)
    for tuning in [one, two] {
      #expect(throws: ARRQualityError.self) {
        try CompanyLoader.load(
          accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(), tuning: tuning)
      }
    }
  }

  /// The fast pass checks no row for duplicates: it counts the MRR cells it filled, each of
  /// which starts as ``MonthColumns/unwritten`` (``MonthColumns/settle()``), and any shortfall
  /// sends the file to the checking pass. A duplicate in the first half, the second or across
  /// the split, and an MRR beyond `Int32` whose low half is that marker (2³¹ cents), alone or
  /// duplicated, give the same messages on one thread and on two, with the first line named.
  @Test func duplicatesAndMarkerLookalikesGiveTheCheckingPassesMessages() throws {
    let (a, m0) = sampleCompany(accounts: 40, months: 4)
    let lines = m0.filter { $0 == 10 }.count
    // C1 has a row for 2023-02 (line 3 + 40 - …); C6 has none ((6 + 1) % 7 == 0).
    let cases: [(rows: String, expected: [String])] = [
      ("C1,2023-02,1,,1\r\n", ["monthly.csv:\(lines + 1):2: duplicate row"]),
      ("C6,2023-02,21474836.48,,1\r\n", []),
      (
        "C6,2023-02,21474836.48,,1\r\nC6,2023-02,5,,1\r\n",
        [
          "monthly.csv:\(lines + 2):2: duplicate row for account_id \"C6\" and month 2023-02 (first on line \(lines + 1))"
        ]
      ),
    ]
    for (rows, expected) in cases {
      let m = m0 + Array(rows.utf8)
      let single = messagesOf(a, m, one)
      #expect(
        single.map { $0.prefix(expected.first?.count ?? 0) } == expected.map { Substring($0) })
      #expect(messagesOf(a, m, two) == single)
      #expect(messagesOf(a, m, LoadTuning(chunkSize: 1 << 20, rowBatch: 0)) == single)
    }
    // The lookalike alone is read as it is, on either path.
    let m = m0 + Array("C6,2023-02,21474836.48,,1\r\n".utf8)
    for tuning in [one, two] {
      let company = try CompanyLoader.load(
        accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(), tuning: tuning)
      #expect(company.revenue.mrr(account: 6, month: 1) == 1 << 31)
      // Cells no row wrote ((account + month) % 7 == 0) are 0, not the marker.
      #expect(company.revenue.mrr(account: 0, month: 0) == 0)
      #expect(company.revenue.mrr(account: 5, month: 2) == 0)
      #expect(company.revenue.mrr(account: 6, month: 0) > 0)
    }
    // A duplicate inside the first half (C1 repeated early) as well as across the split.
    var early = m0
    let second = Array("C2,2023-01,9,,1\r\n".utf8)
    early.insert(contentsOf: second, at: early.firstIndex(of: 10)! + 1)
    #expect(messagesOf(a, early, two) == messagesOf(a, early, one))
    #expect(messagesOf(a, early, one).count == 1)
  }

  @Test func aQuotedFieldSpanningTheSplitFallsBackToOneThread() throws {
    var (a, m) = sampleCompany(accounts: 20, months: 3)
    // A usage cell made of many quoted lines straddles the middle.
    let header = "account_id,month,mrr,one_time,usage\n"
    let junk = String(repeating: "x\n", count: 4000)
    m = Array((header + "C1,2023-01,5,,\"\(junk)\"\n").utf8)
    let messages = [messagesOf(a, m, one), messagesOf(a, m, two)]
    #expect(
      messages[0] == [
        // The cell's line breaks are written escaped: a problem stays on one line. A long
        // value keeps its first 40 characters and its last 16 (ShownText).
        #"monthly.csv:2:5: usage ""# + String(repeating: #"x\n"#, count: 20) + "…"
          + String(repeating: #"x\n"#, count: 8) + #"" is not a whole number (expected e.g. 12)"#
      ])
    #expect(messages[0] == messages[1])
    a = []
  }

  @Test(arguments: [7, 64, 1000])
  func tinyChunksGiveTheSameCompany(chunk: Int) throws {
    let (a, m) = sampleCompany(accounts: 30, months: 5, quoted: true)
    let whole = try CompanyLoader.load(
      accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(), tuning: one)
    let dir = try TemporaryCompany(accounts: a, monthly: m)
    let chunked = try CompanyLoader.load(
      directory: dir.path, options: LoadOptions(),
      tuning: LoadTuning(chunkSize: chunk, threadCount: 2, minimumParallelBytes: 0))
    #expect(whole == chunked)
  }

  /// Rows in no order (the account guess turns itself off, ``LookupHint``) load the same
  /// company as rows grouped by month, on one thread and on two.
  @Test func shuffledRowsGiveTheSameCompany() throws {
    let (a, m) = sampleCompany(accounts: 300, months: 14)
    var lines: [[UInt8]] = m.split(separator: 10, omittingEmptySubsequences: false).dropLast()
      .map { Array($0) }
    let header = lines.removeFirst()
    var rng = SeededGenerator(seed: 5)
    lines.shuffle(using: &rng)
    let shuffled: [UInt8] = ([header] + lines).flatMap { $0 + [10] }
    #expect(shuffled.count == m.count && shuffled != m)
    let ordered = try CompanyLoader.load(
      accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(), tuning: one)
    for tuning in [one, two] {
      let loaded = try CompanyLoader.load(
        accountsCSV: a, monthlyCSV: shuffled, companyJSON: nil, options: LoadOptions(),
        tuning: tuning)
      #expect(loaded == ordered)
    }
  }

  /// The batched path (``MonthlyRowBatch``) against the row-by-row reference: shuffled rows
  /// with bad cells, unknown and quoted ids, a duplicate, blank lines and rows after `--as-of`,
  /// in batches of 1, 5 and 256 rows on one thread and two, give the same company (lenient),
  /// the same messages in the same order (strict) and the same counts as batch 0. Rows ending
  /// in LF, CRLF and a lone CR, with spaces, tabs, signs and a quote inside a cell, and cells
  /// that only the scanner's path reads (``MonthlyChunkParser/stagePlain(_:end:from:)`` leaves
  /// them to it) are among them.
  @Test(arguments: [1, 5, 256])
  func batchedRowsGiveWhatRowByRowGives(batch: Int) throws {
    let (a, m) = sampleCompany(accounts: 200, months: 9, quoted: true)
    var lines: [[UInt8]] = m.split(separator: 10, omittingEmptySubsequences: false).dropLast()
      .map { Array($0) }
    let header = lines.removeFirst()
    lines += [
      "C3,2023-02,oops,,1\r", "NOPE,2023-03,5,,1\r", "C4,2023-13,5,,1\r", "\r",
      "C5,2023-04,5,,x\r", "C6,2023-05,5,,1,extra\r", "\"C7\",2024-01,5,,1\r",
      "C8,2023-06,,,1\r", "\"C\"\"9\",2023-01,5,,1\r", "C1,2023-02,7,,2\r",
      "C9,2024-02,5.5,,3", " C10 ,2024-02,6,,4\r", "C11,2024-02,\t7,,5", "C12,2024-02,8,,+6",
      "C1\"3,2024-02,9,,7", "C14,2024-02,1,2,3\rC15,2024-02,4,,5", "C16,2024-02,1,,",
      "C17,2024-02,1.234,,1", "C18,2024-02,1,,1,", "C19,2024-02,-1,,1", "C20,2024-02,1,-2,1",
    ].map { Array($0.utf8) }
    var rng = SeededGenerator(seed: 29)
    lines.shuffle(using: &rng)
    let shuffled: [UInt8] = ([header] + lines).flatMap { $0 + [10] }
    for threads in [1, 2] {
      func tuning(_ rows: Int) -> LoadTuning {
        LoadTuning(
          chunkSize: 4_096, threadCount: threads, minimumParallelBytes: 0, rowBatch: rows)
      }
      #expect(messagesOf(a, shuffled, tuning(batch)) == messagesOf(a, shuffled, tuning(0)))
      #expect(messagesOf(a, shuffled, tuning(0)).count >= 8)
      for options in [
        LoadOptions(isLenient: true),
        LoadOptions(isLenient: true, asOf: Month(year: 2023, month: 6)),
      ] {
        let reference = try CompanyLoader.load(
          accountsCSV: a, monthlyCSV: shuffled, companyJSON: nil, options: options,
          tuning: tuning(0))
        let batched = try CompanyLoader.load(
          accountsCSV: a, monthlyCSV: shuffled, companyJSON: nil, options: options,
          tuning: tuning(batch))
        #expect(batched == reference)
        #expect(batched.dataQuality == reference.dataQuality)
      }
    }
  }

  /// A value beyond `Int32` (an account paying $30M a month, or 5 billion units of usage)
  /// widens its matrix, all of it, and only that one: it is kept exactly, and every path (rows
  /// written straight into the matrices or into month columns, batched or row by row, one
  /// thread or two) gives the company the reference gives (row by row, a column per month, one
  /// thread), with the same widths.
  @Test(arguments: [
    ("30000000.25", "7", true, false), ("12.50", "5000000000", false, true),
    ("12.50", "7", false, false),
  ])
  func valuesBeyondInt32LoadExactlyOnEveryPath(
    mrr: String, usage: String, isMRRWide: Bool, isUsageWide: Bool
  ) throws {
    var (a, m) = sampleCompany(accounts: 300, months: 14)
    // C5 has no 2023-03 row ((5 + 2) % 7 == 0): this one is the only one.
    m += Array("C5,2023-03,\(mrr),,\(usage)\r\n".utf8)
    func load(threads: Int, batch: Int, windows: Int) throws -> Company {
      try CompanyLoader.load(
        accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: LoadOptions(),
        tuning: LoadTuning(
          chunkSize: 4_096, threadCount: threads, minimumParallelBytes: 0, rowBatch: batch,
          monthSampleWindows: windows))
    }
    let reference = try load(threads: 1, batch: 0, windows: 0)
    #expect(reference.revenue.isMRRWide == isMRRWide)
    #expect(reference.revenue.isUsageWide == isUsageWide)
    let cents = Int64(mrr.replacingOccurrences(of: ".", with: ""))!
    #expect(reference.revenue.mrr(account: 5, month: 2) == cents)
    #expect(reference.revenue.usage(account: 5, month: 2) == Int64(usage)!)
    for threads in [1, 2] {
      for batch in [0, 256] {
        for windows in [0, 48] {
          let c = try load(threads: threads, batch: batch, windows: windows)
          #expect(c == reference)
          #expect(c.revenue.isMRRWide == isMRRWide && c.revenue.isUsageWide == isUsageWide)
        }
      }
    }
  }
}
