import ARRCore
import Testing

@testable import ARRInput

/// The rest of review 42 (session 43, crm lane): hostile ledgers the session-42 rules misread,
/// each by hand (`docs/import.md`, invoice ledger).
@Suite struct LedgerReviewFortyTwoRestTests {
  /// G2: an invoice-level row holding the invoice's gross (its lines plus 10% tax, the tax in a
  /// `Tax` column) beside its lines net of tax is its total. By hand: Acme 1,000 + 500, Bolt 900
  /// a month: MRR 2,400, $28,800 (it read $60,480: each invoice counted twice, tax and all).
  @Test func aGrossInvoiceRowBesideNetLinesIsTheTotal() throws {
    let rows = (1...3).flatMap { m in
      [
        "A-\(m),2025-0\(m)-01,Acme,,,150.00,1650.00",
        "A-\(m),2025-0\(m)-01,Acme,Platform,Platform subscription,100.00,1000.00",
        "A-\(m),2025-0\(m)-01,Acme,Analytics,Analytics add-on,50.00,500.00",
        "B-\(m),2025-0\(m)-01,Bolt,,,90.00,990.00",
        "B-\(m),2025-0\(m)-01,Bolt,Platform,Platform subscription,90.00,900.00",
      ]
    }
    let c = try importLedger(
      (["Invoice Number,Invoice Date,Customer,Item,Description,Tax,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 6)
    #expect(c.log.notes.contains { $0.contains("6 of them hold the lines' sum plus their tax") })
  }

  /// G2's twin: an itemless line beside a taxed line is a line unless it is their sum plus the
  /// tax: Acme's 300 (tax 30) beside its 1,000 (tax 100) is read, MRR 1,300.
  @Test func anItemlessTaxedLineIsALine() throws {
    let rows = (1...3).flatMap { m in
      [
        "A-\(m),2025-0\(m)-01,Acme,Platform,Platform subscription,100.00,1000.00",
        "A-\(m),2025-0\(m)-01,Acme,,,30.00,300.00",
      ]
    }
    let c = try importLedger(
      (["Invoice Number,Invoice Date,Customer,Item,Description,Tax,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 130_000)
    #expect(c.log.files[0].skipped[.documentTotal] == nil)
  }

  /// G1, G4: a NetSuite transaction search with its main lines, one item per invoice, in the
  /// posting's sign: the item lines (revenue credits) negative, the main lines (the receivable's
  /// debit) positive. The items are read reversed, the main lines are the totals. By hand:
  /// Acme 1,500, Bolt 900 a month: $28,800 (it read $0), whatever the flag's spelling.
  @Test(arguments: [("*", ""), ("Header", "Line"), ("Yes", "No"), ("T", "F")])
  func mainLinesInThePostingsSign(main: String, line: String) throws {
    let rows = (1...3).flatMap { m in
      [("Acme", "1500.00"), ("Bolt", "900.00")].flatMap { name, amount in
        [
          "Invoice,2025-0\(m)-01,\(name)-\(m),\(name),\(main),,11000 Receivable,\(amount)",
          "Invoice,2025-0\(m)-01,\(name)-\(m),\(name),\(line),Platform,40000 Revenue,-\(amount)",
        ]
      }
    }
    let c = try importLedger(
      (["Type,Date,Document Number,Customer,Main Line,Item,Account,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 6)
    #expect(
      c.log.notes.contains { $0.contains("6 of them are the lines' sum in the opposite sign") })
    #expect(c.log.notes.contains { $0.contains("read with its sign reversed") })
  }

  /// G1's twin: main lines and their items both positive (the invoice's sign) are read as
  /// written: Acme 1,000 + 500, Bolt 900 a month, $28,800, no sign reversed.
  @Test func mainLinesInTheInvoicesSignAreReadAsWritten() throws {
    let rows = (1...3).flatMap { m in
      [
        "Invoice,2025-0\(m)-01,A-\(m),Acme,*,,1500.00",
        "Invoice,2025-0\(m)-01,A-\(m),Acme,,Platform,1000.00",
        "Invoice,2025-0\(m)-01,A-\(m),Acme,,Analytics,500.00",
        "Invoice,2025-0\(m)-01,B-\(m),Bolt,*,,900.00",
        "Invoice,2025-0\(m)-01,B-\(m),Bolt,,Platform,900.00",
      ]
    }
    let c = try importLedger(
      (["Type,Date,Document Number,Customer,Main Line,Item,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(!c.log.notes.contains { $0.contains("read with its sign reversed") })
    #expect(c.log.notes.contains { $0.contains("each equals its lines' sum") })
  }

  /// Acme's platform fee of 2,000 a month, January to September 2025, and `extra` rows.
  static func platform(_ extra: [String]) -> String {
    (["Customer,Date,Invoice No,Description,Amount"]
      + (1...9).map { "Acme,2025-0\($0)-01,A\($0),Platform subscription,2000.00" } + extra)
      .joined(separator: "\n")
  }

  /// G3: "Training & support - Q1 2025", "- Q2 2025", "- Q3 2025", 3,000 on the first of each
  /// quarter beside the monthly fee: a quarterly fee, whatever its services word. By hand:
  /// 2,000 + 3,000 ÷ 3 a month, $36,000 (it read $24,000, nothing else in the range).
  @Test func aLabelAdvancingAQuarterPerInvoiceRecurs() throws {
    let c = try importLedger(
      Self.platform(
        (1...3).map { q in
          "Acme,2025-0\(3 * q - 2)-01,Q\(q),Training & support - Q\(q) 2025,3000.00"
        }))
    #expect(c.asOf == Month(year: 2025, month: 9))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_600_000)
    #expect(c.log.notes.contains { $0.contains("3 lines name the period they serve") })
  }

  /// G3's twin: one quarter named on three monthly invoices (hours against one project), and
  /// phases numbered, name no run: one-time, $24,000.
  @Test func aRepeatedLabelOrNumberedPhasesDoNotRecur() throws {
    let c = try importLedger(
      Self.platform(
        (7...9).map { "Acme,2025-0\($0)-15,C\($0),Consulting - Q3 2025,2500.00" }
          + (7...9).map { "Acme,2025-0\($0)-20,P\($0),Implementation - Phase \($0 - 6),5000.00" }
      ))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_400_000)
    #expect(!c.log.notes.contains { $0.contains("name the period they serve") })
  }

  /// R10: Fenwick's retainer of 4,000 a month is invoiced two months late (January's on 15
  /// March … June's on 15 August); the others' invoices end in June 2025. By hand, as of June:
  /// (2,000 + 1,500 + 1,000 + 4,000) × 12 = $102,000 (it read as of August, $48,000).
  @Test func oneLateAccountSetsNoAsOfMonth() throws {
    let others = (1...6).flatMap { m in
      [("Acme", "2000.00"), ("Bolt", "1500.00"), ("Cato", "1000.00")].map { name, amount in
        "\(name),2025-0\(m)-01,\(name)\(m),Platform subscription,\(amount)"
      }
    }
    let late = (1...6).map { m in "Fenwick,2025-0\(m + 2)-15,F\(m),Advisory retainer,4000.00" }
    let c = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + others + late).joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 10_200_000)
    #expect(c.log.notes.contains { $0.contains("only \"Fenwick\" is billed after it, to 2025-08") })
  }

  /// R10's twins: accounts leaving one by one (Acme after March, Bolt after May, Cato billed
  /// alone in July and August), and annual accounts renewed in June beside a monthly one billed
  /// alone after it, keep the last invoice's month: Cato's 1,000, $12,000; Dune's 1,000 and
  /// the three annual fees, $12,000 + 12,000 + 6,000 + 3,600 = $33,600.
  @Test func accountsLeavingOneByOneOrAnnualKeepTheLastMonth() throws {
    let ends = ["Acme": 3, "Bolt": 5, "Cato": 8]
    let leaving = (1...8).flatMap { m in
      ["Acme", "Bolt", "Cato"].filter { m <= ends[$0]! }.map {
        "\($0),2025-0\(m)-01,\($0)\(m),Platform subscription,1000.00"
      }
    }
    let c = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + leaving).joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2025, month: 8))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
    let annual = [("Acme", "12000.00"), ("Bolt", "6000.00"), ("Cato", "3600.00")].flatMap {
      name, amount in
      ["2024", "2025"].map { "\(name),\($0)-06-01,\(name)\($0),Annual subscription,\(amount)" }
    }
    let dune = (1...8).map { "Dune,2025-0\($0)-01,D\($0),Platform subscription,1000.00" }
    let d = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + annual + dune).joined(separator: "\n"))
    #expect(d.asOf == Month(year: 2025, month: 8))
    #expect(LedgerReviewFortyTwoTests.asOfARR(d) == 3_360_000)
  }

  /// R12: "Platform (Annual plan)" billed monthly to Acme (3,000) names the plan, not the term:
  /// Bolt's first instalment of 1,600 in the as-of month is a month, not a year. By hand:
  /// $36,000 + $19,200 = $55,200 (it read $37,600). Its twin: Cato's 12,000 under the same
  /// name in January, nothing after it by June, is a year's: 1,000 a month.
  @Test func anAnnualWordYieldsToTheFilesMonthlyRhythm() throws {
    let acme = (1...6).map { "Acme,2025-0\($0)-01,A\($0),Platform (Annual plan),3000.00" }
    let c = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + acme
        + ["Bolt,2025-06-01,B1,Platform (Annual plan),1600.00"]).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 5_520_000)
    let d = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + acme
        + ["Cato,2025-01-10,C1,Platform (Annual plan),12000.00"]).joined(separator: "\n"))
    #expect(d.mrrRow("Cato").last == 100_000)
  }
}
