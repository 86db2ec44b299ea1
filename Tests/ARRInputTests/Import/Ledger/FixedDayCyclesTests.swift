import ARRCore
import Testing

@testable import ARRInput

/// Trial 48, T48-7: invoices every 30 days put two invoices in one calendar month a year; read by
/// the month invoiced, MRR doubled there and dipped after (an expansion and a contraction that
/// never happened). Session 50, imp lane: a run of them is spread over the days it covers.
@Suite struct FixedDayCyclesTests {
  /// The day `k` cycles of `days` after `start`, `YYYY-MM-DD`.
  static func day(_ start: CivilDate, _ k: Int, days: Int = 30) -> CivilDate {
    CivilDate(daysSinceEpoch: start.daysSinceEpoch + Int32(k * days))
  }

  static let jan1 = CivilDate(year: 2024, month: 1, day: 1)!

  /// Acme: 1,000 every 30 days from 2024-01-01, 13 invoices to 2024-12-26 (January and March
  /// hold two, February none). Beta: 1,000 on the 1st of every month (the calendar twin).
  static func ledger(extra: [String] = []) -> String {
    let acme = (0..<13).map { "\(day(jan1, $0)),Acme,Pro plan,1000.00" }
    let beta = (1...12).map { m in "2024-\(m < 10 ? "0" : "")\(m)-01,Beta,Pro plan,1000.00" }
    return (["Date,Customer,Description,Amount"] + acme + beta + extra).joined(separator: "\n")
  }

  /// By hand: the 13,000 cover 2024-01-01 to 2025-01-24, twelve whole months and 24 days of
  /// January 2025's 31: each month of 2024 gets 13,000 ÷ (12 + 24/31) = 1,017.68, January 2025
  /// the rest (787.88, deferred; −4 cents of rounding residual). Before: January 2,000,
  /// February 0 (a churn), March 1,000 and 1,000 of one-time revenue.
  @Test func aThirtyDayRunIsSteady() throws {
    let c = try importLedger(Self.ledger())
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.mrrRow("Acme") == Array(repeating: 101_768, count: 12))
    #expect(c.mrrRow("Beta") == Array(repeating: 100_000, count: 12))
    #expect(
      c.log.notes.contains { $0.contains("13 lines of 1 account are invoiced every 30 days") })
    #expect(c.log.tieOut.deferredCents == 78_788)
  }

  /// Stripe-like lines carrying their 30-day periods read the same.
  @Test func thirtyDayPeriodsAreOneRun() throws {
    let lines = (0..<13).map { k in
      let s = Self.day(Self.jan1, k)
      return "\(s),Acme,Pro plan,1000.00,\(s),\(CivilDate(daysSinceEpoch: s.daysSinceEpoch + 29))"
    }
    let c = try importLedger(
      (["Date,Customer,Description,Amount,Period Start,Period End"] + lines)
        .joined(separator: "\n"))
    #expect(c.mrrRow("Acme") == Array(repeating: 101_768, count: 12))
  }

  /// A price change starts a run of its own: 1,000 for six cycles then 2,000 for seven; the
  /// months wholly inside each read its own rate, none doubled.
  @Test func aPriceChangeStartsAnotherRun() throws {
    let lines = (0..<13).map { k in
      "\(Self.day(Self.jan1, k)),Acme,Pro plan,\(k < 6 ? "1000.00" : "2000.00")"
    }
    let c = try importLedger((["Date,Customer,Description,Amount"] + lines).joined(separator: "\n"))
    let row = c.mrrRow("Acme")
    // 6,000 over 2024-01-01 to 2024-06-28 (5 months and 28/30 of June).
    #expect(row[0] == row[4])
    #expect(row[6] == row[11])
    #expect(row[0] < row[5] && row[5] < row[6])
    #expect(row.allSatisfy { $0 < 210_000 })
  }

  /// The twin: a real second invoice in a month (an upgrade off the cycle) is no line of the run
  /// and is read as the calendar customer's is (one-time, never repeating); the run stays
  /// steady around it.
  @Test func aSecondInvoiceOffTheCycleStays() throws {
    let c = try importLedger(
      Self.ledger(extra: [
        "2024-06-15,Acme,Extra seats (upgrade),250.00",
        "2024-06-15,Beta,Extra seats (upgrade),250.00",
      ]))
    #expect(c.mrrRow("Acme") == Array(repeating: 101_768, count: 12))
    #expect(c.oneTimeRow("Acme")[5] == 25_000)
    #expect(c.oneTimeRow("Beta")[5] == 25_000)
  }

  /// Twins: three gaps of 30 days are too few; invoices every 14 days are no monthly cycle;
  /// a calendar month's invoices (the 1st, or the last day) are no run.
  @Test(arguments: [[0, 30, 60], [0, 14, 28, 42, 56, 70]])
  func noRunIsRead(offsets: [Int]) throws {
    let lines = offsets.map {
      "\(CivilDate(daysSinceEpoch: Self.jan1.daysSinceEpoch + Int32($0))),Acme,Pro plan,1000.00"
    }
    let c = try importLedger(
      (["Date,Customer,Description,Amount"] + lines + ["2024-03-15,Beta,Pro plan,10.00"])
        .joined(separator: "\n"))
    #expect(!c.log.notes.contains { $0.contains("invoiced every") })
  }

  @Test func monthEndInvoicesAreNoRun() throws {
    let ends = (1...12).map { m in
      "\(CivilDate.lastDay(of: Month(year: 2024, month: m))),Acme,Pro plan,1000.00"
    }
    let c = try importLedger((["Date,Customer,Description,Amount"] + ends).joined(separator: "\n"))
    #expect(!c.log.notes.contains { $0.contains("invoiced every") })
    #expect(c.mrrRow("Acme").last == 100_000)
  }

  /// Usage billed every 30 days at a varying amount is no run of one price.
  @Test func varyingAmountsAreNoRun() throws {
    let lines = (0..<8).map { k in
      "\(Self.day(Self.jan1, k)),Acme,Pro plan,\(1000 + 137 * k).00"
    }
    let c = try importLedger((["Date,Customer,Description,Amount"] + lines).joined(separator: "\n"))
    #expect(!c.log.notes.contains { $0.contains("invoiced every") })
  }

  /// Review 51, R51-14: seats added every other invoice (1,000, 1,000, 1,100, 1,100 …) are one
  /// run of several segments: the month holding two invoices is not doubled (it was, +66%).
  @Test func aGrowingPriceIsARunOfSegments() throws {
    let lines = (0..<13).map { k in
      "\(Self.day(Self.jan1, k)),Acme,Pro plan,\(1000 + 100 * (k / 2)).00"
    }
    let c = try importLedger((["Date,Customer,Description,Amount"] + lines).joined(separator: "\n"))
    #expect(c.log.notes.contains { $0.contains("invoiced every 30 days") })
    let row = c.mrrRow("Acme")
    // January and March hold two invoices each: read by the month invoiced, 2,000 and 2,100.
    #expect(row[0] < 110_000 && row[2] < 120_000)
    for m in 1..<12 { #expect(row[m] >= row[m - 1] - 1_000, "month \(m)") }
  }

  /// Review 52, R52-4: Acme invoiced every 30 days at 1,000 from 2024-11-05, the latest invoice,
  /// 2025-10-31, at 1,200 (seats added); Beta 1,000 on the 1st. As of 2025-10, October holds
  /// Acme's run to 10-30 (30 of its 31 days, 981.28) and the new price's first day of 30 by
  /// weight (38.75): 1,020.03, not the 1,200 whole beside it (2,181.28: the 31st to the 29th
  /// read as a calendar month).
  @Test func aNewPriceOnTheLatestInvoiceServesItsDays() throws {
    var rows = ["Date,Customer,Description,Amount"]
    let start = try #require(CivilDate(year: 2024, month: 11, day: 5))
    for k in 0..<13 {
      rows.append("\(Self.day(start, k)),Acme,Pro plan (seats),\(k == 12 ? 1200 : 1000).00")
    }
    for m in 0..<12 {
      let month = Month(year: 2024, month: 11).adding(months: m)
      rows.append("\(CivilDate.firstDay(of: month)),Beta,Pro plan,1000.00")
    }
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2025, month: 10))
    let october = try #require(c.mrrRow("Acme").last)
    #expect(october > 101_000 && october < 103_000)
  }
}
