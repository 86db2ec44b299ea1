import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// When every date of a ledger reads both ways, the customers' billing rhythm decides the
/// day/month order, and contradicts a `--date-order` given the other way (``DateRhythm``;
/// session 36, imp; hostile trial 35, H35-2: a US ledger billed on the 1st read with
/// `--date-order dmy` put six monthly invoices in the first six days of January, headline
/// 8.6 times the truth, silently).
@Suite struct DateRhythmTests {
  /// Billed on the 1st of each month, written month first: Alpha 1,200 and Bravo 2,500
  /// Jan–Jun 2025, Charlie 990 Jan–Apr. `dayFirst`: the same days written day first.
  static func ledger(dayFirst: Bool = false) -> String {
    var lines = ["Customer,Invoice Date,Amount"]
    for m in 1...6 {
      let date = dayFirst ? "01/0\(m)/2025" : "0\(m)/01/2025"
      lines.append("Alpha,\(date),1200.00")
      lines.append("Bravo,\(date),2500.00")
      if m <= 4 { lines.append("Charlie,\(date),990.00") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func asOfMRR(_ c: ImportedCompany) -> Int64 {
    c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
  }

  /// Nothing decides but the rhythm: read month first, with a note. By hand at 2025-06:
  /// Alpha 1,200 + Bravo 2,500 = 3,700 a month (Charlie's last month was April).
  @Test func theRhythmDecidesTheOrder() throws {
    let c = try ImportFixtures.read([("ledger.csv", Self.ledger())])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 370_000)
    #expect(c.mrrRow("Alpha") == [120_000, 120_000, 120_000, 120_000, 120_000, 120_000])
    #expect(
      c.log.notes.contains(
        "ledger.csv: dates read month first (mdy): every date reads both ways (\"02/01/2025\" on "
          + "line 5) and nothing else in the file decides, but read month first the lines of 3 of "
          + "3 customers billed on 3 dates or more fall on the same day of consecutive months "
          + "(\"Alpha\": 2025-01-01 to 2025-06-01), and read day first on consecutive days of one "
          + "month; pass --date-order dmy if the file is written day first"))
    #expect(!c.log.findings.contains { $0.contains("consecutive days") })
  }

  /// The same days written day first read day first: the same figures.
  @Test func dayFirstToo() throws {
    let c = try ImportFixtures.read([("ledger.csv", Self.ledger(dayFirst: true))])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 370_000)
    #expect(c.log.notes.contains { $0.hasPrefix("ledger.csv: dates read day first (dmy)") })
  }

  /// `--date-order dmy` on the month-first file is obeyed (every line in 2025-01) and said: a
  /// finding naming the customers, an example's lines, the other order's months and its ARR
  /// (by hand, 12 × 3,700 = $44,400 at 2025-06).
  @Test func aGivenOrderTheRhythmContradictsIsAFinding() throws {
    let c = try ImportFixtures.read(
      [("ledger.csv", Self.ledger())], options: ImportOptions(dateOrder: .dmy))
    #expect(c.asOf == Month(year: 2025, month: 1))
    let finding =
      "ledger.csv: every date reads both day first and month first, and --date-order dmy (day "
      + "first) puts the lines of 3 of the 3 customers billed on 3 dates or more on consecutive "
      + "days of one month (\"Alpha\", \"Bravo\", \"Charlie\"): \"Alpha\"'s 6 lines, "
      + "\"01/01/2025\" (line 2) to \"06/01/2025\" (line 16), read 2025-01-01 to 2025-01-06. "
      + "Read month first (--date-order mdy) they fall on the same day of consecutive months "
      + "(2025-01-01 to 2025-06-01), as monthly billing does, and the file runs to 2025-06 (to "
      + "2025-01 as read): check the order the file is written in; read so, ARR at 2025-06 is "
      + "$44,400 from the lines"
    #expect(c.log.findings.contains(finding))
    #expect(c.log.stakes[finding]?.accountIDs == ["Alpha", "Bravo", "Charlie"])
    // The order the rhythm takes, given: no finding, the hand figure.
    let right = try ImportFixtures.read(
      [("ledger.csv", Self.ledger())], options: ImportOptions(dateOrder: .mdy))
    #expect(Self.asOfMRR(right) == 370_000)
    #expect(!right.log.findings.contains { $0.contains("consecutive days") })
  }

  /// A day above 12 decides the order: the rhythm is not asked, and a given order is not
  /// second-guessed.
  @Test func aDecidingCellWins() throws {
    let text = Self.ledger() + "Delta,06/15/2025,100.00\n"
    let c = try ImportFixtures.read([("ledger.csv", text)])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(!c.log.notes.contains { $0.contains("consecutive months") })
  }

  /// Customers billed on days that follow no monthly rhythm either way (or on fewer than 3
  /// dates) leave the question open: refused, asking for `--date-order`.
  @Test func noRhythmIsRefused() throws {
    let text = """
      Customer,Invoice Date,Amount
      Alpha,01/02/2025,100.00
      Alpha,03/05/2025,100.00
      Alpha,07/04/2025,100.00
      Bravo,02/03/2025,100.00
      Bravo,04/06/2025,100.00
      """
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("ledger.csv", text)])
    }
    #expect(error.message.contains("pass --date-order mdy or --date-order dmy"))
  }

  /// Half the customers or more must keep the rhythm: one monthly customer among three
  /// irregular ones decides nothing.
  @Test func oneCustomerInFourDecidesNothing() throws {
    var text = "Customer,Invoice Date,Amount\n"
    for m in 1...3 { text += "Alpha,0\(m)/01/2025,100.00\n" }
    for name in ["Bravo", "Charlie", "Delta"] {
      text += "\(name),01/02/2025,100.00\n\(name),03/05/2025,100.00\n\(name),07/04/2025,100.00\n"
    }
    #expect(throws: ARRQualityError.self) { try ImportFixtures.read([("ledger.csv", text)]) }
  }
}
