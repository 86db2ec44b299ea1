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
  /// without it the file is its own transpose, ``aMirrorImageIsReadMonthlyWithAWarning()``).
  /// `dayFirst`: the same days written day first.
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

  /// Nothing decides but the rhythm, backed by the descriptions: read month first, said in an
  /// information finding (a decision) naming the month the file runs to each way and the other
  /// reading's ARR (review 37, R37-12). By hand at 2025-06: Alpha 1,200 + Bravo 2,500 = 3,700
  /// a month (Charlie's last month was April). Read day first every line is in January 2025:
  /// 6 × 1,200 + 6 × 2,500 + 4 × 990 = 26,160 a month, ARR $313,920.
  @Test func theRhythmDecidesTheOrder() throws {
    let c = try ImportFixtures.read([("ledger.csv", Self.ledger())])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 370_000)
    #expect(c.mrrRow("Alpha") == [120_000, 120_000, 120_000, 120_000, 120_000, 120_000])
    let finding =
      "ledger.csv: dates read month first (mdy), so the file runs to 2025-06; every date reads "
      + "both ways, and the lines decide it: 3 of the 3 customers billed so on the same day of "
      + "consecutive months describe a monthly term (\"Plan - monthly\" on line 2); read day "
      + "first (--date-order dmy) it runs to 2025-01; read so, ARR at 2025-01 is $313,920 from "
      + "the lines. Read month first, the lines of 3 of 3 customers billed on 3 dates or more "
      + "fall on the same day of consecutive months (\"Alpha\": 2025-01-01 to 2025-06-01), as "
      + "monthly billing does, and read day first on consecutive days of one month (\"Alpha\": "
      + "2025-01-01 to 2025-01-06); no date decides (\"02/01/2025\" on line 5): pass "
      + "--date-order mdy to confirm the reading, or dmy"
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

  /// Review 37, R37-3 (us-first-desc.csv: "Pro plan subscription", no monthly term): every
  /// customer billed on the 1st and nothing describing a monthly term, the file is its own
  /// transpose (read day first, daily lines on the 1st to the 6th of January). The monthly
  /// reading is the likelier one and is taken, by hand $44,400 at 2025-06 (as
  /// ``theRhythmDecidesTheOrder()``), with a warning (no stake) that the file cannot tell,
  /// quoting the other reading: 2025-01, $313,920. Given, `mdy` draws no finding; `dmy` is
  /// obeyed (2025-01, $313,920) and draws the warning quoting 2025-06 and $44,400.
  @Test func aMirrorImageIsReadMonthlyWithAWarning() throws {
    let c = try ImportFixtures.read([("ledger.csv", Self.ledger(described: false))])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 370_000)
    let finding = try #require(c.log.findings.first { $0.hasPrefix("ledger.csv: dates read") })
    #expect(
      finding.hasPrefix(
        "ledger.csv: dates read month first (mdy), so the file runs to 2025-06; every date reads "
          + "both ways, and nothing in the file decides: month first, where the lines fall on "
          + "the same day of consecutive months as monthly billing does, is the likelier "
          + "reading, not a proven one; read day first (--date-order dmy) it runs to 2025-01; "
          + "read so, ARR at 2025-01 is $313,920 from the lines. "))
    #expect(c.log.stakes[finding] == nil)  // a warning: "The import asks for a check"
    let right = try ImportFixtures.read(
      [("ledger.csv", Self.ledger(described: false))], options: ImportOptions(dateOrder: .mdy))
    #expect(Self.asOfMRR(right) == 370_000)
    #expect(!right.log.findings.contains { $0.contains("both day first and month first") })
    #expect(!right.log.findings.contains { $0.contains("dates read") })
    let wrong = try ImportFixtures.read(
      [("ledger.csv", Self.ledger(described: false))], options: ImportOptions(dateOrder: .dmy))
    #expect(wrong.asOf == Month(year: 2025, month: 1))
    #expect(Self.asOfMRR(wrong) == 2_616_000)
    let warning = try #require(
      wrong.log.findings.first { $0.contains("both day first and month first") })
    #expect(
      warning.hasPrefix(
        "ledger.csv: the dates read both day first and month first and the file cannot tell "
          + "which: read day first, as given (--date-order dmy), it runs to 2025-01; read month "
          + "first (--date-order mdy), the likelier reading, it runs to 2025-06; read so, ARR at "
          + "2025-06 is $44,400 from the lines. As given, the lines of 3 of the 3 customers"))
    #expect(warning.hasSuffix("check the order the file is written in"))
    #expect(wrong.log.stakes[warning] == nil)
  }

  /// Review 36 #2's fixture: two customers' daily lines on 1–10 March 2025, written day first
  /// (100 and 40 a day). Read month first they are ten months on the 3rd, its exact transpose,
  /// the likelier reading and taken (as of 2025-10: 12 × 140 = $1,680), with the warning
  /// quoting the day-first reading: March alone, MRR 10 × 140 = 1,400, $16,800 at 2025-03.
  /// With `--date-order dmy` those figures, and the warning quoting 2025-10 and $1,680.
  @Test func dailyLinesReadAsMonthsAreWarnedOf() throws {
    var text = "customer,invoice_date,amount\n"
    for d in 1...10 {
      let day = d < 10 ? "0\(d)" : "\(d)"
      text += "Acme Ltd,\(day)/03/2025,100\nBeta Ltd,\(day)/03/2025,40\n"
    }
    let read = try ImportFixtures.read([("daily.csv", text)])
    #expect(read.asOf == Month(year: 2025, month: 10))
    #expect(Self.asOfMRR(read) == 14_000)
    #expect(
      read.log.findings.contains {
        $0.contains(
          "read day first (--date-order dmy) it runs to 2025-03; read so, ARR at "
            + "2025-03 is $16,800 from the lines")
      })
    let c = try ImportFixtures.read([("daily.csv", text)], options: ImportOptions(dateOrder: .dmy))
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(Self.asOfMRR(c) == 140_000)
    #expect(
      c.log.findings.contains {
        $0.contains("it runs to 2025-10; read so, ARR at 2025-10 is $1,680 from the lines")
      })
  }

  /// Review 37, R37-6 (daily-2months.csv): Acme's daily lines on 1–10 March (100 a day), Beta's
  /// on 1–10 April (40 a day), written day first. Read month first Acme is billed on the 3rd
  /// and Beta on the 4th of January to October: different billing days, which read the other
  /// way are different months, so no evidence; the monthly reading is taken (as of 2025-10,
  /// 12 × 140 = $1,680) with the warning quoting the day-first reading, by hand Beta's April
  /// alone: 10 × 40 = 400 a month, $4,800 at 2025-04. Given `dmy`: those figures.
  @Test func differentBillingDaysAreAPriorNotEvidence() throws {
    var text = "customer,invoice_date,amount\n"
    for d in 1...10 {
      let day = d < 10 ? "0\(d)" : "\(d)"
      text += "Acme Ltd,\(day)/03/2025,100\n"
    }
    for d in 1...10 {
      let day = d < 10 ? "0\(d)" : "\(d)"
      text += "Beta Ltd,\(day)/04/2025,40\n"
    }
    let read = try ImportFixtures.read([("daily-2months.csv", text)])
    #expect(read.asOf == Month(year: 2025, month: 10))
    #expect(Self.asOfMRR(read) == 14_000)
    let finding = try #require(read.log.findings.first { $0.contains("dates read month first") })
    #expect(
      finding.contains(
        "nothing in the file decides: month first, where the lines fall on the same day of "
          + "consecutive months as monthly billing does, is the likelier reading, not a proven "
          + "one; read day first (--date-order dmy) it runs to 2025-04; read so, ARR at 2025-04 "
          + "is $4,800 from the lines"))
    #expect(read.log.stakes[finding] == nil)
    let c = try ImportFixtures.read(
      [("daily-2months.csv", text)], options: ImportOptions(dateOrder: .dmy))
    #expect(c.asOf == Month(year: 2025, month: 4))
    #expect(Self.asOfMRR(c) == 40_000)
  }

  /// Customers billed on different days of the month (Alpha on the 1st, Bravo on the 5th),
  /// no description: the monthly reading is taken, by hand at 2025-06 1,200 + 2,500, with the
  /// warning (read day first, every line in January or May: as of 2025-05, Bravo's 6 × 2,500
  /// = 15,000 a month, ARR $180,000).
  @Test func differentBillingDaysDecideWithAWarning() throws {
    var text = "Customer,Invoice Date,Amount\n"
    for m in 1...6 { text += "Alpha,0\(m)/01/2025,1200.00\nBravo,0\(m)/05/2025,2500.00\n" }
    let c = try ImportFixtures.read([("ledger.csv", text)])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(c) == 370_000)
    let finding = try #require(
      c.log.findings.first {
        $0.hasPrefix("ledger.csv: dates read month first (mdy), so the file runs to 2025-06; ")
      })
    #expect(
      finding.contains("it runs to 2025-05; read so, ARR at 2025-05 is $180,000 from the lines"))
    #expect(c.log.stakes[finding] == nil)
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

  /// Retest 36, N2 (its own fixture, v4b-dmy-ambig-topups.csv; review 37, R37-11): customers
  /// are weighed by their lines, not all required. Written day first, Alpha pays 1,000 and
  /// Bravo 500 on the 5th, Jan–Jun 2025 (12 lines); a top-up customer buys 100 on 1–4 March
  /// (4 lines), which month first read as the 3rd of January to April. Without the option the
  /// rhythm takes day first (12 of 16 lines spaced a month apart, against 4): by hand
  /// 12 × (1,000 + 500) = $18,000 at 2025-06, with the warning (nothing describes the lines).
  /// `--date-order mdy` (wrong) crowds Alpha's and Bravo's lines into 1–6 May (as of 2025-05):
  /// the warning that the file cannot tell, quoting 2025-06 and $18,000, with no stake. With
  /// Bravo on the 7th the same.
  @Test func theRhythmWeighsCustomersByLines() throws {
    for bravoDay in ["05", "07"] {
      var text = "customer,date,amount\n"
      for m in 1...6 {
        text += "Alpha,05/0\(m)/2025,1000.00\nBravo,\(bravoDay)/0\(m)/2025,500.00\n"
      }
      for d in 1...4 { text += "Topup,0\(d)/03/2025,100.00\n" }
      let wrong = try ImportFixtures.read(
        [("ledger.csv", text)], options: ImportOptions(dateOrder: .mdy))
      #expect(wrong.asOf == Month(year: 2025, month: bravoDay == "05" ? 5 : 7))
      let finding = try #require(
        wrong.log.findings.first {
          $0.contains("the file cannot tell which: read month first, as given (--date-order mdy)")
        })
      #expect(
        finding.contains(
          "read day first (--date-order dmy), the likelier reading, it runs to 2025-06; read so, "
            + "ARR at 2025-06 is $18,000 from the lines. As given, the lines of 2 of the 3 "
            + "customers billed on 3 dates or more fall on consecutive days of one month "
            + "(\"Alpha\", \"Bravo\")"))
      #expect(wrong.log.stakes[finding] == nil)
      let c = try ImportFixtures.read([("ledger.csv", text)])
      #expect(c.asOf == Month(year: 2025, month: 6))
      #expect(Self.asOfMRR(c) == 150_000)
      #expect(c.log.findings.contains { $0.hasPrefix("ledger.csv: dates read day first (dmy)") })
    }
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

  /// The rhythm's order must space more than twice the lines the other order spaces: at
  /// exactly twice nothing decides. Written day first, Alpha pays 1,000 on the 5th of each
  /// month (`05/01/2025` …): day first that is 5 January to 5 June (a month apart), month first
  /// 1–6 May (consecutive days). Topup buys 100 on `01/03/2025`, `02/03/2025`, `03/03/2025`:
  /// day first 1–3 March (consecutive days), month first 3 January to 3 March (a month apart).
  /// By hand, day first spaces Alpha's 6 lines of 9 counted (2 × 6 = 12 ≥ 9), month first
  /// Topup's 3 (2 × 3 = 6 < 9); 6 is not more than 2 × 3 = 6, so neither order is the rhythm's:
  /// refused, asking for `--date-order`. With a seventh month for Alpha (`05/07/2025`): 7 of 10
  /// lines (14 ≥ 10) and 7 > 6, so day first is taken: as of 2025-07, Alpha's 1,000 a month
  /// (Topup's lines are in March).
  @Test func theRhythmMustSpaceMoreThanTwiceTheOtherOrdersLines() throws {
    func text(months: Int) -> String {
      var text = "customer,date,amount\n"
      for m in 1...months { text += "Alpha,05/0\(m)/2025,1000.00\n" }
      for d in 1...3 { text += "Topup,0\(d)/03/2025,100.00\n" }
      return text
    }
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("ledger.csv", text(months: 6))])
    }
    #expect(error.message.contains("pass --date-order mdy or --date-order dmy"))
    let c = try ImportFixtures.read([("ledger.csv", text(months: 7))])
    #expect(c.asOf == Month(year: 2025, month: 7))
    #expect(Self.asOfMRR(c) == 100_000)
    #expect(c.log.findings.contains { $0.hasPrefix("ledger.csv: dates read day first (dmy)") })
  }

  /// A finding names up to 5 of the customers a given order crowds, then how many more: six
  /// customers (A to F) billed on the 1st of January, February and March 2025, written month
  /// first and described monthly, read with `--date-order dmy`: by hand 6 crowded, the first 5
  /// in file order named and 6 − 5 = 1 more.
  @Test func aFindingNamesFiveCustomersAndHowManyMore() throws {
    var text = "Customer,Invoice Date,Amount,Description\n"
    for m in 1...3 {
      for name in ["A", "B", "C", "D", "E", "F"] {
        text += "\(name),0\(m)/01/2025,100.00,Plan - monthly\n"
      }
    }
    let c = try ImportFixtures.read([("ledger.csv", text)], options: ImportOptions(dateOrder: .dmy))
    #expect(
      c.log.findings.contains {
        $0.contains(
          "the lines of 6 of the 6 customers billed on 3 dates or more on consecutive days of one "
            + "month (\"A\", \"B\", \"C\", \"D\", \"E\" and 1 more): ")
      })
  }

  /// A line with no cell in the date column (a one-cell note line between the lines, skipped
  /// with `--lenient`) dates nothing: the months the file runs to each way are those of the
  /// dated lines, 2025-06 read month first and 2025-01 read day first
  /// (``theRhythmDecidesTheOrder()``).
  @Test func aLineWithoutADateCellDatesNothing() throws {
    var lines = Self.ledger().split(separator: "\n").map(String.init)
    lines.insert("Notes", at: 3)
    let c = try ImportFixtures.read(
      [("ledger.csv", lines.joined(separator: "\n") + "\n")],
      options: ImportOptions(isLenient: true))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("ledger.csv: dates read month first (mdy), so the file runs to 2025-06; ")
          && $0.contains("read day first (--date-order dmy) it runs to 2025-01; ")
      })
  }
}
