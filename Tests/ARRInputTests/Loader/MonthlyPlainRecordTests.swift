import ARRCore
import Testing

@testable import ARRInput

/// The plain-record path of the batched reader (``MonthlyChunkParser/stagePlain(_:end:from:)``,
/// each field read from one eight-byte word) against the row-by-row reference (batch 0: every
/// record scanned into spans, every cell read by the reference parsers), on random records:
/// every column in a random order, two activity columns, cells of the commonest forms beside
/// cells of seven, eight and nine bytes, quoted cells, spaces, signs, bad cells, unknown and
/// long ids, blank lines, LF and CRLF line ends, chunks that end anywhere. The company
/// (lenient), the data quality and the messages (strict) must be the reference's.
@Suite struct MonthlyPlainRecordTests {
  static let columns = [
    "account_id", "month", "mrr", "one_time", "usage", "logins", "score",
  ]

  /// A random cell for `column`: mostly what the fast path reads itself, else what it must
  /// leave to the reference.
  static func cell(_ column: String, accounts: Int, rng: inout SeededGenerator) -> String {
    func pick(_ values: [String]) -> String { values[Int(rng.next() % UInt64(values.count))] }
    let digits = String(rng.next() % 100_000_000)
    switch column {
    case "account_id":
      let a = Int(rng.next() % UInt64(accounts))
      return pick([
        id(a), id(a), id(a), id(a), "\"\(id(a))\"", " \(id(a))", "NOPE\(a)", "", id(a) + "\t",
      ])
    case "month":
      let m = Month(year: 2023, month: 1).adding(months: Int(rng.next() % 15))
      return pick(["\(m)", "\(m)", "\(m)", "\"\(m)\"", "2023-1", "2023-13", " \(m)", "", "20231"])
    case "mrr", "one_time":
      return pick([
        String(digits.prefix(3)), "\(digits.prefix(4)).5", "\(digits.prefix(3)).25",
        "\(digits.prefix(5)).67", "\(digits.prefix(6)).01", "\(digits.prefix(7)).5", "0", "",
        "\"12.50\"", "1,234.00", "\"1,234.00\"", "-3", "1.234", "$5", "12.", ".5", "abc", "7 ",
      ])
    case "usage":
      return pick([
        String(digits.prefix(4)), String(digits.prefix(7)), String(digits.prefix(8)),
        digits + "9", "", "0", "-1", "1e3", "\"42\"", "4.5",
      ])
    default:
      return pick([
        String(digits.prefix(2)), "\(digits.prefix(2)).\(digits.suffix(1))",
        "\(digits.prefix(4)).\(digits.suffix(3))", "\(digits.prefix(6)).5", digits + ".25", "",
        "x", "-2", "\"7\"", "1.", "0",
      ])
    }
  }

  /// Ids of 2 to 20 bytes, so that some fit one word and some do not.
  static func id(_ a: Int) -> String { "A" + String(repeating: "x", count: a % 19) + "\(a)" }

  static func company(seed: UInt64, rows: Int) -> (accounts: [UInt8], monthly: [UInt8]) {
    var rng = SeededGenerator(seed: seed)
    let accounts = 40
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    for i in 0..<accounts { a += "\(id(i)),monthly,monthly,2023-01-01\n" }
    var header = columns
    // Some files lack one_time, usage or an activity column.
    if rng.next() % 3 == 0 { header.remove(at: 3 + Int(rng.next() % 4)) }
    header.shuffle(using: &rng)
    let crlf = rng.next() % 2 == 0
    let end = crlf ? "\r\n" : "\n"
    var m = header.joined(separator: ",") + end
    for _ in 0..<rows {
      if rng.next() % 50 == 0 {
        m += end
        continue
      }
      m += header.map { cell($0, accounts: accounts, rng: &rng) }.joined(separator: ",")
      // A record with a field too many or too few, now and then.
      if rng.next() % 60 == 0 { m += ",1" }
      m += rng.next() % 40 == 0 ? (crlf ? "\n" : "\r\n") : end
    }
    return (Array(a.utf8), Array(m.utf8))
  }

  @Test(arguments: 0..<12)
  func plainRecordsGiveWhatTheReferenceGives(seed: Int) throws {
    let (a, m) = Self.company(seed: UInt64(seed) &+ 1_000, rows: 700)
    for threads in [1, 2] {
      for chunk in [97, 4_096] {
        func tuning(_ rows: Int) -> LoadTuning {
          LoadTuning(
            chunkSize: chunk, threadCount: threads, minimumParallelBytes: 0, rowBatch: rows)
        }
        let reference = messagesOf(a, m, tuning(0))
        #expect(!reference.isEmpty)
        #expect(messagesOf(a, m, tuning(256)) == reference)
        let options = LoadOptions(isLenient: true)
        let expected = try CompanyLoader.load(
          accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: options, tuning: tuning(0))
        let batched = try CompanyLoader.load(
          accountsCSV: a, monthlyCSV: m, companyJSON: nil, options: options, tuning: tuning(256))
        #expect(batched == expected)
        #expect(batched.dataQuality == expected.dataQuality)
      }
    }
  }

  /// The same files without their bad cells (every record plain but for the quoted and spaced
  /// ones) load a company with revenue in it, so the comparison above is not only of problems.
  @Test func cleanRecordsLoadRevenue() throws {
    var rng = SeededGenerator(seed: 7)
    var m = "usage,score,mrr,account_id,logins,month,one_time\n"
    var seen = Set<String>()
    for _ in 0..<400 {
      let a = Int(rng.next() % 40)
      let month = Month(year: 2023, month: 1).adding(months: Int(rng.next() % 15))
      guard seen.insert("\(a) \(month)").inserted else { continue }
      let cents = rng.next() % 10_000_000
      m +=
        "\(rng.next() % 1_000_000_000),\(rng.next() % 1000).\(rng.next() % 10),\(cents / 100).\(cents % 100),\(Self.id(a)),\(rng.next() % 100),\(month),\n"
    }
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    for i in 0..<40 { a += "\(Self.id(i)),monthly,monthly,2023-01-01\n" }
    let (accounts, monthly) = (Array(a.utf8), Array(m.utf8))
    let reference = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions(),
      tuning: LoadTuning(chunkSize: 4_096, rowBatch: 0))
    for chunk in [61, 4_096] {
      let batched = try CompanyLoader.load(
        accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions(),
        tuning: LoadTuning(chunkSize: chunk, rowBatch: 256))
      #expect(batched == reference)
    }
    #expect(reference.dataQuality.files[1].rowsAccepted == seen.count)
    #expect(reference.activityColumns.count == 2)
  }
}
