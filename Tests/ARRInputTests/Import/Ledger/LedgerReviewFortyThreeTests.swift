import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// The session's review of the ledger rules made from review 42's G3, R10 and R12 (hostile
/// twins each rule must not fire on; `/work/team/s43/review/` scripts, hand figures below).
@Suite struct LedgerReviewFortyThreeTests {
  func headline(_ text: String) throws -> (arr: Int64, asOf: Month) {
    let c = try ImportFixtures.read([("ledger.csv", text)])
    let mrr = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    return (mrr * 12, c.asOf)
  }

  static let months = [
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// V23: a project billed by the month served, amounts falling 6,000 → 4,500 → 2,000, is no
  /// recurring fee. Acme 2,000 + Bolt 1,000 + Dana's platform 1,000 a month: $48,000 (read
  /// recurring, $72,000).
  @Test func aProjectNamedByMonthWithFallingAmountsDoesNotRecur() throws {
    var text = "Date,Invoice No,Customer,Description,Amount\n"
    for m in 1...12 {
      text += "2024-\(m < 10 ? "0" : "")\(m)-01,A-\(m),Acme,Platform subscription,2000.00\n"
      text += "2024-\(m < 10 ? "0" : "")\(m)-01,B-\(m),Bolt,Platform subscription,1000.00\n"
    }
    for (m, a) in [(10, 6000), (11, 4500), (12, 2000)] {
      text += "2024-\(m)-01,D-\(m),Dana,Platform subscription,1000.00\n"
      text += "2024-\(m)-28,DI-\(m),Dana,Implementation services - \(Self.months[m]) 2024,\(a).00\n"
    }
    #expect(try headline(text).arr == 4_800_000)
    #expect(AdvancingPeriodLabels.isRepeatedAmount([300_000, 300_000, 330_000]))
    #expect(!AdvancingPeriodLabels.isRepeatedAmount([600_000, 450_000, 200_000]))
  }

  /// V24: five self-serve customers stop together after March 2025 while Hale, invoiced on
  /// the 1st as they were, goes on to May: no late billing, the as-of stays May and Hale's
  /// $60,000 is the ARR (as of March: $78,000).
  @Test func aCustomerStayingOnTheSameDayMovesNoAsOf() throws {
    var text = "Customer,Invoice Date,Invoice No,Description,Amount\n"
    for i in 0..<17 {
      let (y, m) = (2024 + i / 12, i % 12 + 1)
      let date = "\(y)-\(m < 10 ? "0" : "")\(m)-01"
      text += "Hale,\(date),H-\(i + 1),Enterprise platform,5000.00\n"
      guard i < 15 else { continue }
      for (name, a) in [("Acme", 500), ("Bolt", 400), ("Cato", 300), ("Dune", 200), ("Elm", 100)] {
        text += "\(name),\(date),\(name.prefix(1))-\(i + 1),Self-serve plan,\(a).00\n"
      }
    }
    let read = try headline(text)
    #expect(read.asOf == Month(year: 2025, month: 5))
    #expect(read.arr == 6_000_000)
  }

  /// V26: a new customer paying the annual plan up front (12,000) beside customers paying it
  /// monthly (1,000) is a year, not one more instalment: $36,000 with no range to $168,000.
  @Test func anUpFrontYearIsNotReadAsAnInstalment() throws {
    var text = "Invoice Date,Invoice No,Customer,Product,Amount\n"
    for m in 1...12 {
      for c in ["Acme", "Bolt"] {
        text +=
          "2024-\(m < 10 ? "0" : "")\(m)-01,\(c.prefix(1))-\(m),\(c),Growth plan (annual),1000.00\n"
      }
    }
    text += "2024-12-10,C-1,Cato,Growth plan (annual),12000.00\n"
    let c = try ImportFixtures.read([("ledger.csv", text)])
    let cato = try #require(c.accounts.firstIndex { $0.id == "Cato" })
    #expect(c.mrr[c.cell(cato, c.monthCount - 1)] == 100_000)
    #expect(c.accounts[cato].ambiguousMRR == nil)
  }
}
