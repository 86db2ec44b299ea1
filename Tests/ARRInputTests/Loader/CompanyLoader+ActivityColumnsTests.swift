import ARRCore
import Testing

@testable import ARRInput

/// Extra `monthly.csv` columns: numeric ones (at least 95% of the non-empty cells numbers;
/// blank and `N/A` missing) are kept as activity columns, one value per account and month;
/// others stay ignored and a note says why.
@Suite struct ActivityColumnsTests {
  /// 20 accounts, one month: `logins` has 19 numbers and one word among 20 non-empty cells
  /// (95%, kept) plus blanks and `N/A`; `tickets` has 18 numbers and two words (90%, ignored);
  /// `notes` is text; `empty` has no value at all.
  static func files() -> (accounts: String, monthly: String) {
    var accounts = "account_id\n"
    var monthly = "account_id,month,mrr,logins,tickets,notes,empty\n"
    for i in 0..<23 {
      accounts += "A\(i)\n"
      let logins: String
      switch i {
      case 0: logins = "lots"
      case 20: logins = ""
      case 21: logins = "N/A"
      case 22: logins = " n/a "
      default: logins = i == 3 ? " 3.5 " : "\(i * 10)"
      }
      let tickets = i == 1 || i == 2 ? "some" : i >= 20 ? "" : "\(i)"
      monthly += "A\(i),2024-01,100,\(logins),\(tickets),note \(i),\n"
    }
    return (accounts, monthly)
  }

  static func load(_ files: (accounts: String, monthly: String), asOf: Month? = nil) throws
    -> Company
  {
    try CompanyLoader.load(
      accountsCSV: Array(files.accounts.utf8), monthlyCSV: Array(files.monthly.utf8),
      companyJSON: nil, options: LoadOptions(asOf: asOf))
  }

  /// Activity cells of plain records (no quote, space or tab: read in one pass by
  /// ``MonthlyChunkParser/stagePlain(_:end:from:)``) are the row-by-row reference's, bit for
  /// bit: numbers, blanks, `N/A`, exponents, signs, more digits than a `Double` holds.
  @Test func plainRecordsReadActivityLikeTheReference() throws {
    var accounts = "account_id\n"
    var monthly = "account_id,month,mrr,logins,usage\n"
    let logins = ["12", "", "N/A", "3.25", "1e3", "-4", "0.1", "99999999999999999", "7", "+8"]
    for i in 0..<40 {
      accounts += "A\(i)\n"
      monthly += "A\(i),2024-0\(1 + i % 3),\(i).5,\(logins[i % logins.count]),\(i % 7)\n"
    }
    func load(_ rows: Int) throws -> Company {
      try CompanyLoader.load(
        accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
        options: LoadOptions(), tuning: LoadTuning(rowBatch: rows))
    }
    let reference = try load(0)
    #expect(reference.activityColumns.map(\.name) == ["logins"])
    for rows in [1, 7, 256] {
      let batched = try load(rows)
      #expect(batched.activityColumns.map(\.name) == reference.activityColumns.map(\.name))
      #expect(
        batched.activityColumns.map { $0.values.map(\.bitPattern) }
          == reference.activityColumns.map { $0.values.map(\.bitPattern) })
      #expect(batched.revenue == reference.revenue)
      #expect(batched.dataQuality == reference.dataQuality)
    }
  }

  @Test func theNumericRuleKeepsNinetyFivePercent() throws {
    let company = try Self.load(Self.files())
    #expect(company.activityColumns.map(\.name) == ["logins"])
    let logins = company.activityColumns[0].values
    #expect(logins.count == 23)
    #expect(logins[0].isNaN)  // "lots": unreadable, missing
    #expect(logins[1] == 10 && logins[3] == 3.5 && logins[19] == 190)
    #expect(logins[20].isNaN && logins[21].isNaN && logins[22].isNaN)  // blank, N/A, n/a
    let file = try #require(company.dataQuality.files.first { $0.file == "monthly.csv" })
    #expect(file.ignoredColumns == ["tickets", "notes", "empty"])
    let notes = company.dataQuality.notes
    #expect(
      notes.contains(
        "monthly.csv column tickets is not numeric (18 of 20 non-empty cells are numbers; at "
          + "least 95% needed) and stays ignored"))
    #expect(
      notes.contains(
        "monthly.csv column notes is not numeric (0 of 23 non-empty cells are numbers; at "
          + "least 95% needed) and stays ignored"))
    #expect(notes.contains("monthly.csv column empty has no values and stays ignored"))
    #expect(
      notes.contains(
        "monthly.csv columns kept as activity signals (weight 0 unless fitted or set in a "
          + "weights file): logins"))
  }

  @Test func oneMoreWordDropsTheColumnBelowTheShare() throws {
    var files = Self.files()
    // A second unreadable logins cell: 18 of 20 (90%).
    files.monthly = files.monthly.replacing(
      "A5,2024-01,100,50,", with: "A5,2024-01,100,fifty,")
    let company = try Self.load(files)
    #expect(company.activityColumns.isEmpty)
    #expect(
      company.dataQuality.notes.contains(
        "monthly.csv column logins is not numeric (18 of 20 non-empty cells are numbers; at "
          + "least 95% needed) and stays ignored"))
  }

  @Test func valuesAreLaidOutByAccountAndMonthWithGapsMissing() throws {
    let company = try Self.load(
      (
        "account_id\nA\nB\n",
        """
        account_id,month,mrr,api_calls
        A,2024-01,10,5
        B,2024-01,10,7
        A,2024-03,10,1e3
        B,2024-02,10,-2

        """
      ))
    let calls = try #require(company.activityColumns.first)
    #expect(calls.name == "api_calls")
    // A: 5, no row, 1000; B: 7, −2, no row.
    #expect(calls.values[0] == 5 && calls.values[1].isNaN && calls.values[2] == 1000)
    #expect(calls.values[3] == 7 && calls.values[4] == -2 && calls.values[5].isNaN)
    // Cut to an earlier month like the revenue.
    let earlier = company.pointInTime(Month(year: 2024, month: 2))
    #expect(earlier.activityColumns[0].values.count == 4)
    #expect(earlier.activityColumns[0].values[2] == 7 && earlier.activityColumns[0].values[3] == -2)
  }

  @Test func anEarlierViewReadsActivityUpToItsMonth() throws {
    let company = try Self.load(
      (
        "account_id\nA\n",
        "account_id,month,mrr,logins\nA,2024-01,10,5\nA,2024-02,10,6\nA,2024-03,10,7\n"
      ), asOf: Month(year: 2024, month: 2))
    #expect(company.activityColumns.first?.values == [5, 6])
  }

  @Test func aSkippedRowGivesNoActivity() throws {
    let company = try CompanyLoader.load(
      accountsCSV: Array("account_id\nA\n".utf8),
      monthlyCSV: Array("account_id,month,mrr,logins\nA,2024-01,10,5\nA,2024-02,oops,6\n".utf8),
      companyJSON: nil, options: LoadOptions(isLenient: true))
    #expect(company.monthCount == 1)
    #expect(company.activityColumns.first?.values == [5])
  }

  @Test(arguments: [
    ("12", ActivityValue.Cell.number(12)), (" 3.5 ", .number(3.5)), ("-2", .number(-2)),
    ("+4.", .number(4)), ("1e3", .number(1000)), ("", .missing), ("   ", .missing),
    ("N/A", .missing), ("n/a", .missing), ("abc", .unreadable), ("inf", .unreadable),
    ("nan", .unreadable), ("1e39", .unreadable), ("1,5", .unreadable),
  ])
  func cells(text: String, expected: ActivityValue.Cell) {
    #expect(ActivityValue.read(text) == expected)
  }

  /// Two threads, small chunks, and a duplicate that sends the loader back to one thread: the
  /// same activity, cell for cell, and counts, as one thread reading it whole.
  @Test(arguments: [false, true])
  func threadsAndChunksGiveTheSameColumns(withDuplicate: Bool) throws {
    var accounts = "account_id\n"
    var monthly = "account_id,month,mrr,logins,tag\n"
    for i in 0..<60 {
      accounts += "A\(i)\n"
      for m in 1...6 {
        let logins = (i + m) % 17 == 0 ? "N/A" : (i * m) % 41 == 0 ? "x" : "\(i * 7 + m)"
        monthly += "A\(i),2024-0\(m),\(100 + i),\(logins),t\(i)\n"
      }
    }
    if withDuplicate { monthly += "A3,2024-02,103,999,t3\n" }
    func read(_ tuning: LoadTuning) throws -> Company {
      try CompanyLoader.load(
        accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
        options: LoadOptions(isLenient: true), tuning: tuning)
    }
    let whole = try read(LoadTuning())
    let split = try read(LoadTuning(chunkSize: 64, threadCount: 2, minimumParallelBytes: 0))
    let column = try #require(whole.activityColumns.first)
    #expect(column.name == "logins")
    #expect(split.activityColumns.map(\.name) == ["logins"])
    let a = column.values
    let b = split.activityColumns[0].values
    #expect(a.count == 360 && b.count == 360)
    #expect(a.indices.allSatisfy { a[$0] == b[$0] || (a[$0].isNaN && b[$0].isNaN) })
    // The first row of a duplicated cell is the one kept.
    #expect(a[3 * 6 + 1] == 3 * 7 + 2)
    #expect(whole.dataQuality.notes == split.dataQuality.notes)
  }

  @Test func noExtraColumnsNoActivity() throws {
    let company = try CompanyLoader.load(
      accountsCSV: Array("account_id\nA1\n".utf8),
      monthlyCSV: Array("account_id,month,mrr,usage\nA1,2024-01,100,3\n".utf8), companyJSON: nil)
    #expect(company.activityColumns.isEmpty)
  }
}
