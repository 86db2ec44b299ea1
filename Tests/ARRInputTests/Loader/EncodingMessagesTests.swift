import ARRCore
import Testing

@testable import ARRInput

/// Encoding mistakes and impossible values are named at their own file, line and column.
@Suite struct EncodingMessagesTests {
  @Test func invalidUTF8InAnAccountIdIsReportedAtItsCell() {
    let accounts =
      Array(
        "account_id,contract_type,billing_cadence,start_date\nA1,annual,annual,2024-01-15\n".utf8)
      + [0x42, 0xFF, 0x32] + Array(",monthly,monthly,2024-02-01\n".utf8)
    let found = problems(
      accounts: accounts, monthly: csv("account_id,month,mrr", "A1,2024-01,1"))
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix("accounts.csv:3:1: account_id \"B\u{FFFD}2\" is not valid UTF-8")
        == true,
      "\(found)")
  }

  @Test func invalidUTF8InAMonthlyAccountIdIsNotCalledMissing() {
    let monthly =
      Array("account_id,month,mrr\nA1,2024-01,1\n".utf8) + [0x41, 0xC3]
      + Array(",2024-01,1\n".utf8)
    let found = problems(monthly: monthly)
    #expect(
      found.first?.hasPrefix("monthly.csv:3:1: account_id \"A\u{FFFD}\" is not valid UTF-8")
        == true, "\(found)")
  }

  @Test func aByteOrderMarkInsideTheHeaderNamesItsColumn() {
    let monthly = Array("account_id,\u{FEFF}month,mrr\nA1,2024-01,1\n".utf8)
    let found = problems(monthly: monthly)
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix(
        "monthly.csv:1:2: column name \"\u{FEFF}month\" holds a byte order mark") == true,
      "\(found)")
  }

  @Test func aByteOrderMarkAtTheStartIsFine() throws {
    let c = try load(monthly: Array("\u{FEFF}account_id,month,mrr\nA1,2024-01,1\n".utf8))
    #expect(c.monthCount == 1)
  }

  @Test(arguments: [true, false])
  func aUTF16FileSaysSaveAsUTF8(hasByteOrderMark: Bool) {
    var monthly: [UInt8] = hasByteOrderMark ? [0xFF, 0xFE] : []
    for b in Array("account_id,month,mrr\nA1,2024-01,1\n".utf8) { monthly += [b, 0] }
    let found = problems(monthly: monthly)
    #expect(
      found == [
        "monthly.csv: the file is UTF-16 (or another encoding with NUL bytes), expected UTF-8: "
          + "save it as \"CSV UTF-8\""
      ])
  }

  /// One NUL in a UTF-8 file (near the start or deep in it) is not UTF-16: it is reported at
  /// its cell, like any other byte a number cannot hold.
  @Test(arguments: [0, 200])
  func aStrayNULIsACellProblem(rowsBefore: Int) {
    var text = "account_id,month,mrr\n"
    let first = Month(year: 2000, month: 1)
    for m in 0..<rowsBefore { text += "A1,\(first.adding(months: m)),1\n" }
    text += "A1,2024-02,1\u{0}\n"
    let found = problems(monthly: Array(text.utf8))
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("monthly.csv:\(rowsBefore + 2):3: ") == true, "\(found)")
    #expect(found.first?.contains("UTF-16") == false)
  }

  @Test(arguments: ["0000-01", "0025-06", "3000-01", "1899-12"])
  func impossibleMonthsAreReportedAtTheirCell(month: String) {
    let found = problems(monthly: csv("account_id,month,mrr", "A1,\(month),1", "A1,2024-01,1"))
    #expect(
      found == [
        "monthly.csv:2:2: month \"\(month)\" is not a month (expected YYYY-MM, e.g. 2025-03, a "
          + "year from 1900 to 2999)"
      ])
  }

  /// At the widest header allowed (16,384 columns, session 18), the last column is checked.
  @Test func aDuplicateColumnAtTheEndOfAWideHeaderIsFound() {
    let columns = ["account_id", "month", "mrr"] + (0..<16_380).map { "extra\($0)" } + ["mrr"]
    let found = problems(
      monthly: Array((columns.joined(separator: ",") + "\n").utf8))
    #expect(found.contains { $0.hasPrefix("monthly.csv:1:16384: duplicate column \"mrr\"") })
  }
}
