import ARRCore
import Testing

@testable import ARRInput

/// A label naming a range of three months is a quarter (``UsageMonths/range(_:at:in:)``), read
/// by the advancing-label rule (``AdvancingPeriodLabels``; review 43, V27).
@Suite struct MonthRangeLabelTests {
  /// Acme's platform 2,000 and Bolt's 1,000 a month through 2024; Acme's support billed each
  /// quarter, `labels[q]` with `amounts[q]` on the quarter's first day.
  static func ledger(_ labels: [String], _ amounts: [Int]) -> String {
    var rows = ["Date,Invoice No,Customer,Description,Amount"]
    for m in 1...12 {
      let d = "2024-\(m < 10 ? "0" : "")\(m)-01"
      rows.append("\(d),A-\(m),Acme,Platform subscription,2000.00")
      rows.append("\(d),B-\(m),Bolt,Platform subscription,1000.00")
    }
    for (q, (label, amount)) in zip(labels, amounts).enumerated() {
      rows.append("2024-\(q < 3 ? "0" : "")\(3 * q + 1)-01,S-\(q + 1),Acme,\(label),\(amount).00")
    }
    return rows.joined(separator: "\n")
  }

  /// 'Premium Support (Jan-Mar 2024)' … '(Oct-Dec 2024)', 3,000 each: a quarterly fee, 1,000 a
  /// month. By hand: (2,000 + 1,000 + 1,000) × 12 = $48,000, read by the label rule (it was
  /// read as March, June … and left to the quarterly-excess rule, a range from $36,000).
  @Test func aMonthRangeOfAQuarterAdvancingPerInvoiceRecurs() throws {
    let labels = ["Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec"].map { "Premium Support (\($0) 2024)" }
    let c = try importLedger(Self.ledger(labels, [3000, 3000, 3000, 3000]))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 4_800_000)
    #expect(c.account("Acme")?.ambiguousMRR == nil)
    #expect(
      c.log.notes.contains {
        $0.contains("4 lines name the period they serve") && $0.contains("(Jan-Mar 2024)")
      })
  }

  /// The ranges read: a quarter's months, however joined; a range of another length, or
  /// reversed, names no month or quarter (it read as its last month).
  @Test func aRangeOfThreeMonthsIsAQuarter() {
    let q1 = Month(year: 2024, month: 1)
    for text in [
      "Support (Jan-Mar 2024)", "Support Jan – Mar 2024", "Jan 2024 - Mar 2024", "01/2024-03/2024",
    ] {
      #expect(UsageMonths.named(in: text)?.first == q1, "\(text)")
      #expect(UsageMonths.named(in: text)?.months == 3, "\(text)")
    }
    #expect(UsageMonths.named(in: "Support Nov-Jan 2025")?.first == Month(year: 2024, month: 11))
    for text in ["Support (Jan-Jun 2024)", "Mar 2024 - Jan 2024", "Jan 2024 - Mar 2025"] {
      #expect(UsageMonths.named(in: text) == nil, "\(text)")
    }
    #expect(UsageMonths.named(in: "Support March 2024")?.months == 1)
  }

  /// X-12 (review 44b): ISO months on both sides, joined by `..`, a dash or `to`, are a range;
  /// the twin, an ISO range of six months, names no quarter.
  @Test func isoMonthRanges() {
    let q1 = Month(year: 2024, month: 1)
    for text in [
      "Support 2024-01..2024-03", "Support 2024-01 - 2024-03", "Support 2024-01 to 2024-03",
    ] {
      #expect(UsageMonths.named(in: text)?.first == q1, "\(text)")
      #expect(UsageMonths.named(in: text)?.months == 3, "\(text)")
    }
    #expect(UsageMonths.named(in: "Support 2024-01..2024-06") == nil)
  }

  /// The twin: a project billed by quarter under month ranges, amounts falling 8,000 → 2,000,
  /// stays one-time (Acme 2,000 + Bolt 1,000: $36,000), as one quarter named on each of three
  /// invoices does (hours against one quarter's project).
  @Test func fallingAmountsOrARepeatedRangeDoNotRecur() throws {
    let labels = ["Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec"].map { "Implementation (\($0) 2024)" }
    let c = try importLedger(Self.ledger(labels, [8000, 6000, 4000, 2000]))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_600_000)
    #expect(!c.log.notes.contains { $0.contains("name the period they serve") })
    let repeated = try importLedger(
      Self.ledger(Array(repeating: "Premium Support (Oct-Dec 2024)", count: 3), [3000, 3000, 3000]))
    #expect(!repeated.log.notes.contains { $0.contains("name the period they serve") })
  }
}
