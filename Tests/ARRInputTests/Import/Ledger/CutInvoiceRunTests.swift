import ARRCore
import Testing

@testable import ARRInput

/// An export cut mid invoice run reads its last complete month (`docs/import.md`, "An export cut
/// mid invoice run"; ``CutInvoiceRun``; trial 33, T33-15: the last month held a third of the
/// customers' invoices, headline ARR −35% with no range or warning).
@Suite struct CutInvoiceRunTests {
  func read(_ text: String, asOf: String? = nil) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "lines.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: asOf.flatMap { Month($0) }))
  }

  /// 30 customers, each invoiced "Growth plan" monthly on its own day (customer k on day
  /// 1 + 27k ÷ 29, days 1 to 28), 500 + 100 × (k mod 7) a month, each invoice's period a whole
  /// month from its day; customers 24–29 from April, the rest from January 2025; the export ran
  /// on 2025-12-10, so December holds the 11 customers invoiced by the 10th. `dropped`: these
  /// customers have no December invoice (left) whatever their day.
  static func lines(cutDay: Int = 10, dropped: Set<Int> = []) -> String {
    var text =
      "Invoice Line Item ID,Invoice Created (UTC),Customer ID,Description,Amount,"
      + "Period Start (UTC),Period End (UTC),Type\n"
    func date(_ y: Int, _ m: Int, _ d: Int) -> String {
      "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
    var n = 0
    for k in 0..<30 {
      let day = 1 + k * 27 / 29
      for m in (k < 24 ? 1 : 4)...12 where m < 12 || (day <= cutDay && !dropped.contains(k)) {
        n += 1
        let end = m == 12 ? date(2026, 1, day) : date(2025, m + 1, day)
        text +=
          "il_\(n),\(date(2025, m, day)),c\(k),Growth plan,\(500 + 100 * (k % 7)).00,"
          + "\(date(2025, m, day)),\(end),subscription\n"
      }
    }
    return text
  }

  /// By hand: as of 2025-11, the last complete month, every customer pays, customer k
  /// 500 + 100 × (k mod 7): MRR 23,500.00, ARR 282,000.00. Before:
  /// as of 2025-12, the 11 customers invoiced by the 10th, 8,200.00 a month, ARR 98,400.00
  /// (−65%), and 19 customers "churned".
  @Test func aCutLastMonthIsNotTheAsOfMonth() throws {
    let c = try read(Self.lines())
    #expect(c.asOf == Month(year: 2025, month: 11))
    let mrr = (0..<30).map { c.mrrRow("c\($0)").last ?? 0 }.reduce(0, +)
    #expect(mrr == 2_350_000)
    #expect(mrr * 12 == 28_200_000)
    let finding = try #require(c.log.findings.first { $0.contains("cut mid invoice run") })
    #expect(
      finding.hasPrefix(
        "lines.csv: the last month, 2025-12, looks cut mid invoice run: its invoices end on day "
          + "10 (2025-11's ran to day 28), and 11 of the 30 customers invoiced in both months "
          + "before it have an invoice in it; 19 of the 19 missing were invoiced in 2025-11 "
          + "only after day 10"))
    #expect(finding.contains("The as-of month is 2025-11, the last complete one; 11 lines"))
    #expect(!c.log.notes.contains { $0.contains("billed in arrears") })
  }

  /// `--as-of 2025-12` measures the partial month, and the finding says so.
  @Test func anExplicitAsOfKeepsThePartialMonthWithAFinding() throws {
    let c = try read(Self.lines(), asOf: "2025-12")
    #expect(c.asOf == Month(year: 2025, month: 12))
    #expect(
      c.log.findings.contains {
        $0.contains("As of 2025-12, ARR lacks the customers not yet invoiced; --as-of 2025-11")
      })
  }

  /// Customers leaving are no cut: December invoiced through day 27 (before November's 28) but
  /// 12 customers invoiced early gone (every third from 0, and 1 and 4): of the 13 missing,
  /// only customer 29 (day 28) was invoiced after day 27, far from four fifths, so December is
  /// the as-of month.
  @Test func customersLeavingAreNoCut() throws {
    let gone = Set(stride(from: 0, to: 30, by: 3)).union([1, 4])
    let c = try read(Self.lines(cutDay: 27, dropped: gone))
    #expect(c.asOf == Month(year: 2025, month: 12))
    #expect(!c.log.findings.contains { $0.contains("cut mid invoice run") })
  }

  /// 20 customers invoiced 1,000.00 "Monthly subscription" on the 1st of every month from
  /// 2025-11 to 2026-10; the export holds `present` of the 20 invoices of 2026-11-01 (trial 34,
  /// T34-5).
  static func sameDay(present: Int) -> String {
    var text = "Invoice Number,Customer,Date,Description,Amount\n"
    var n = 0
    let months = ["2025-11", "2025-12"] + (1...11).map { "2026-\($0 < 10 ? "0" : "")\($0)" }
    for m in months {
      for k in 1...20 where m != "2026-11" || k <= present {
        n += 1
        text += "INV-\(n),C\(k < 10 ? "0" : "")\(k),\(m)-01,Monthly subscription,1000.00\n"
      }
    }
    return text
  }

  /// By hand: every invoice of the last month is of day 1, the day the others were invoiced in
  /// 2026-10: as of 2026-10, 20 × 1,000.00, ARR 240,000.00 (before: as of 2026-11, 96,000.00,
  /// 12 customers "churned").
  @Test func aRunOfOneDayCutOnThatDayIsCut() throws {
    let c = try read(Self.sameDay(present: 8))
    #expect(c.asOf == Month(year: 2026, month: 10))
    let mrr = (1...20).map { c.mrrRow("C\($0 < 10 ? "0" : "")\($0)").last ?? 0 }.reduce(0, +)
    #expect(mrr * 12 == 24_000_000)
    let finding = try #require(c.log.findings.first { $0.contains("cut mid invoice run") })
    let expected: String = [
      "lines.csv: the last month, 2026-11, looks cut mid invoice run: its invoices are all of ",
      "day 1 (2026-10's ran to day 1), and 8 of the 20 customers invoiced in both months ",
      "before it have an invoice in it; 12 of the 12 missing were invoiced in 2026-10 on ",
      "day 1 or later, as an export made on day 1 before that day's run finished leaves ",
      "them out (or they left: half the customers leaving at once reads the same). The ",
      "as-of month is 2026-10",
    ].joined()
    #expect(finding.hasPrefix(expected))
  }

  /// Exactly half of the 20 missing (10 present) is still a cut: as of 2026-10, ARR 240,000.00.
  @Test func halfMissingOnOneDayIsCut() throws {
    let c = try read(Self.sameDay(present: 10))
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.log.findings.contains { $0.contains("cut mid invoice run") })
  }

  /// A credit dated 2026-11-03, after the day-1 run, shows the export ran on the 3rd or later:
  /// the 12 missing left. As of 2026-11, 8 × 1,000.00 − 50.00 of credit on C01.
  @Test func aLineDatedAfterTheRunDayIsNoCut() throws {
    let c = try read(Self.sameDay(present: 8) + "INV-999,C01,2026-11-03,Credit,-50.00\n")
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(!c.log.findings.contains { $0.contains("cut mid invoice run") })
  }

  /// Review 35, finding 2: 6 customers invoiced 1,000.00 on the 1st of every month, 2025-12 to
  /// 2026-11; 2 of them (C05, C06) have no 2026-11 invoice. Present 4 of 6 (two thirds), every
  /// missing one "late" by the day, but a third missing is no cut on one day: as of 2026-11,
  /// MRR 4 × 1,000.00, ARR 48,000.00, the 2 churned (was: as of 2026-10, 72,000.00, none
  /// churned).
  @Test func aThirdLeavingARunOfOneDayIsChurnNotACut() throws {
    var text = "Invoice Number,Customer,Date,Description,Amount\n"
    var n = 0
    let months = ["2025-12"] + (1...11).map { "2026-\($0 < 10 ? "0" : "")\($0)" }
    for m in months {
      for k in 1...6 where m != "2026-11" || k <= 4 {
        n += 1
        text += "INV-\(n),C0\(k),\(m)-01,Monthly subscription,1000.00\n"
      }
    }
    let c = try read(text)
    #expect(c.asOf == Month(year: 2026, month: 11))
    let mrr = (1...6).map { c.mrrRow("C0\($0)").last ?? 0 }.reduce(0, +)
    #expect(mrr * 12 == 4_800_000)
    #expect(c.mrrRow("C05").last == 0)
    #expect(!c.log.findings.contains { $0.contains("cut mid invoice run") })
  }

  /// Five of the 20 gone (15 present, more than two thirds) is no cut: 2026-11 is the as-of
  /// month.
  @Test func aFewCustomersLeavingARunOfOneDayIsNoCut() throws {
    let c = try read(Self.sameDay(present: 15))
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(!c.log.findings.contains { $0.contains("cut mid invoice run") })
  }
}
