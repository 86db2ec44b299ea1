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
  /// Jan–Jun 2025, Charlie 990 Jan–Apr, each line described "… plan - monthly" (`described`;
  /// without it the file is its own transpose, ``aMirrorImageIsRefused()``). `dayFirst`: the
  /// same days written day first.
  static func ledger(dayFirst: Bool = false, described: Bool = true) -> String {
    var lines = ["Customer,Invoice Date,Amount" + (described ? ",Description" : "")]
    for m in 1...6 {
      let date = dayFirst ? "01/0\(m)/2025" : "0\(m)/01/2025"
      let plan = described ? ",Plan - monthly" : ""
      lines.append("Alpha,\(date),1200.00\(plan)")
      lines.append("Bravo,\(date),2500.00\(plan)")
      if m <= 4 { lines.append("Charlie,\(date),990.00\(plan)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func asOfMRR(_ c: ImportedCompany) -> Int64 {
    c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
  }

  /// Nothing decides but the rhythm: read month first, said in an information finding (stake
  /// 0) naming the month the file runs to each way. By hand at 2025-06: Alpha 1,200 + Bravo
  /// 2,500 = 3,700 a month (Charlie's last month was April).
  @Test func theRhythmDecidesTheOrder() throws {
    let c = try ImportFixtures.read([("ledger.csv", Self.ledger())])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 370_000)
    #expect(c.mrrRow("Alpha") == [120_000, 120_000, 120_000, 120_000, 120_000, 120_000])
    let finding =
      "ledger.csv: dates read month first (mdy), so the file runs to 2025-06 (to 2025-01 read "
      + "day first): every date reads both ways (\"02/01/2025\" on line 5) and nothing else in "
      + "the file decides, but read month first the lines of 3 of 3 customers billed on 3 dates "
      + "or more fall on the same day of consecutive months (\"Alpha\": 2025-01-01 to "
      + "2025-06-01), and read day first on consecutive days of one month; 3 of them describe a "
      + "monthly term (\"Plan - monthly\" on line 2); pass --date-order dmy if the file is "
      + "written day first"
    #expect(c.log.findings.contains(finding))
    #expect(c.log.stakes[finding]?.isDecision == true)
    #expect(!c.log.notes.contains(finding))
    #expect(!c.log.findings.contains { $0.contains("--date-order dmy (day first) puts") })
  }

  /// The same days written day first read day first: the same figures.
  @Test func dayFirstToo() throws {
    let c = try ImportFixtures.read([("ledger.csv", Self.ledger(dayFirst: true))])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 370_000)
    #expect(c.log.findings.contains { $0.hasPrefix("ledger.csv: dates read day first (dmy)") })
  }

  /// Review 36 #2: every customer billed on the 1st and nothing describing the lines, the file
  /// is its own transpose (read day first, daily lines on the 1st to the 6th of January), so
  /// nothing decides: refused, asking for `--date-order`, as before the rhythm was asked.
  @Test func aMirrorImageIsRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("ledger.csv", Self.ledger(described: false))])
    }
    #expect(error.message.contains("pass --date-order mdy or --date-order dmy"))
    // Either order given is obeyed with no finding: the file does not say it is wrong.
    for order in [DateOrder.mdy, .dmy] {
      let c = try ImportFixtures.read(
        [("ledger.csv", Self.ledger(described: false))], options: ImportOptions(dateOrder: order))
      #expect(!c.log.findings.contains { $0.contains("consecutive days") })
      #expect(c.asOf == Month(year: 2025, month: order == .mdy ? 6 : 1))
    }
  }

  /// Review 36 #2's fixture: two customers' daily lines on 1–10 March 2025, written day first
  /// (100 and 40 a day). Read month first they are ten months on the 3rd (as of 2025-10,
  /// $1,680), its exact transpose: refused. With `--date-order dmy`, by hand, March alone:
  /// MRR 10 × 140 = 1,400, ARR $16,800, and no finding doubting the order.
  @Test func dailyLinesAreNotReadAsMonths() throws {
    var text = "customer,invoice_date,amount\n"
    for d in 1...10 {
      let day = d < 10 ? "0\(d)" : "\(d)"
      text += "Acme Ltd,\(day)/03/2025,100\nBeta Ltd,\(day)/03/2025,40\n"
    }
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("daily.csv", text)])
    }
    #expect(error.message.contains("pass --date-order mdy or --date-order dmy"))
    let c = try ImportFixtures.read([("daily.csv", text)], options: ImportOptions(dateOrder: .dmy))
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(Self.asOfMRR(c) == 140_000)
    #expect(!c.log.findings.contains { $0.contains("consecutive days") })
  }

  /// Customers billed on different days of the month (Alpha on the 1st, Bravo on the 5th)
  /// break the mirror with no description: read the other way, their daily lines would fill the
  /// same days of January and of May. Decided month first; by hand at 2025-06, 1,200 + 2,500.
  @Test func differentBillingDaysDecide() throws {
    var text = "Customer,Invoice Date,Amount\n"
    for m in 1...6 { text += "Alpha,0\(m)/01/2025,1200.00\nBravo,0\(m)/05/2025,2500.00\n" }
    let c = try ImportFixtures.read([("ledger.csv", text)])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 370_000)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix(
          "ledger.csv: dates read month first (mdy), so the file runs to 2025-06 (to 2025-05")
          && $0.contains(
            "they are billed on different days of the month (1, 5), and read the other way "
              + "their lines would fill the same days of different months")
      })
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
      + "(2025-01-01 to 2025-06-01), as monthly billing does; 3 of them describe a monthly term "
      + "(\"Plan - monthly\" on line 2); the file runs to 2025-06 (to 2025-01 as read): check "
      + "the order the file is written in; read so, ARR at 2025-06 is $44,400 from the lines"
    #expect(c.log.findings.contains(finding))
    #expect(c.log.stakes[finding]?.accountIDs == ["Alpha", "Bravo", "Charlie"])
    // The order the rhythm takes, given: no finding, the hand figure.
    let right = try ImportFixtures.read(
      [("ledger.csv", Self.ledger())], options: ImportOptions(dateOrder: .mdy))
    #expect(Self.asOfMRR(right) == 370_000)
    #expect(!right.log.findings.contains { $0.contains("consecutive days") })
  }

  /// Retest 36, N2: customers are weighed by their lines, not all required. Written day
  /// first, Alpha pays 1,000 on the 5th and Bravo 500 on the 7th, Jan–Jun 2025 (12 lines); a
  /// top-up customer buys 100 on 1–4 March (4 lines), which month first read as the 3rd of
  /// January to April. `--date-order mdy` (wrong) crowds 12 of 16 lines into days of May and
  /// July: a finding, with the other order's ARR, by hand 12 × (1,000 + 500) = $18,000.
  /// Without the option the rhythm decides day first: the same $18,000 at 2025-06.
  @Test func theRhythmWeighsCustomersByLines() throws {
    var text = "customer,date,amount\n"
    for m in 1...6 { text += "Alpha,05/0\(m)/2025,1000.00\nBravo,07/0\(m)/2025,500.00\n" }
    for d in 1...4 { text += "Topup,0\(d)/03/2025,100.00\n" }
    let wrong = try ImportFixtures.read(
      [("ledger.csv", text)], options: ImportOptions(dateOrder: .mdy))
    let finding = try #require(
      wrong.log.findings.first {
        $0.contains("--date-order mdy (month first) puts the lines of 2 of the 3 customers")
      })
    #expect(finding.hasSuffix("read so, ARR at 2025-06 is $18,000 from the lines"))
    #expect(wrong.log.stakes[finding]?.accountIDs == ["Alpha", "Bravo"])
    let c = try ImportFixtures.read([("ledger.csv", text)])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 150_000)
    #expect(c.log.findings.contains { $0.hasPrefix("ledger.csv: dates read day first (dmy)") })
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
