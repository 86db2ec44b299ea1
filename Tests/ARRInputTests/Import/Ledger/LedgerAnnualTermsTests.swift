import ARRCore
import Testing

@testable import ARRInput

/// Trial 51, T51-49 (case `c68`): lines naming an annual term billed monthly committed their
/// accounts as a minimum with no term (contract unknown, the renewal calendar empty); `cancel
/// anytime` said nothing (``LedgerMinimums/readTerms(_:uses:file:into:)``).
@Suite struct LedgerAnnualTermsTests {
  /// Ivy `Annual agreement 2026, billed monthly (month k of 12)` 2,000 from January; Jade
  /// `12-month commitment Apr 2026 - Mar 2027, monthly instalment k/12` 1,500 from April; Kiwi
  /// `kiwi` 500 from January; to October 2026.
  static func ledger(kiwi: (Int) -> String = { _ in "Monthly subscription (cancel anytime)" })
    -> String
  {
    var rows = ["Customer,Invoice Date,Description,Amount"]
    for m in 1...10 {
      let d = "2026-\(m < 10 ? "0" : "")\(m)-01"
      rows.append(
        "Ivy Foods,\(d),\"Annual agreement 2026, billed monthly (month \(m) of 12)\",2000.00")
      if m >= 4 {
        rows.append(
          "Jade Travel,\(d),\"12-month commitment Apr 2026 - Mar 2027, monthly instalment "
            + "\(m - 3)/12\",1500.00")
      }
      rows.append("Kiwi Apps,\(d),\(kiwi(m)),500.00")
    }
    return rows.joined(separator: "\n")
  }

  /// By hand: Ivy annual to 2026-12-31 (month 10 of 12 in October), Jade annual to 2027-03-31
  /// (instalment 7/12 in October), Kiwi monthly; committed 2,000 + 1,500 a month.
  @Test func annualTermsBilledMonthlyAreAnnual() throws {
    let c = try importLedger(Self.ledger())
    let ivy = try #require(c.account("Ivy Foods"))
    #expect(ivy.contractType == .annual)
    #expect(ivy.contractEndDate == CivilDate("2026-12-31"))
    #expect(ivy.committedMRR == 200_000)
    let jade = try #require(c.account("Jade Travel"))
    #expect(jade.contractType == .annual)
    #expect(jade.contractEndDate == CivilDate("2027-03-31"))
    #expect(c.account("Kiwi Apps")?.contractType == .monthly)
    #expect(c.log.notes.contains { $0.contains("lines naming an annual term") })
  }

  /// Review 54, R54-8 (`n01`, `n05`): an annual agreement billed monthly past its first year
  /// renewed: its term is the year holding its latest line. By hand: from January 2025 to
  /// October 2026, the term ends 2026-12-31; from July 2025, 2027-06-30; from February 2026
  /// (its first year), 2027-01-31.
  @Test(arguments: [
    ("2025-01", "2026-12-31"), ("2025-07", "2027-06-30"), ("2026-02", "2027-01-31"),
  ])
  func aTermPastItsFirstYearRenewed(_ from: String, _ end: String) throws {
    var rows = ["Customer,Invoice Date,Description,Amount"]
    var m = Month(from)!
    while m <= Month(year: 2026, month: 10) {
      rows.append("Ivy Labs,\(m)-28,\"Annual agreement, billed monthly\",2000.00")
      rows.append("Rigel Inc,\(m)-28,Team plan (monthly subscription),1000.00")
      m = m.adding(months: 1)
    }
    let c = try importLedger(rows.joined(separator: "\n"))
    let ivy = try #require(c.account("Ivy Labs"))
    #expect(ivy.contractType == .annual)
    #expect(ivy.contractEndDate == CivilDate(end))
    #expect(ivy.committedMRR == 200_000)
  }

  /// Review 55, R55-12 (`an01`): a customer won back signs a new agreement: its term counts from
  /// the first line after a gap of two months or more. By hand: Ivy billed January to December
  /// 2024, again from April 2026: the term runs April 2026 to March 2027. Twin: a single month
  /// missed (June 2026) is no new agreement: the term from April stands.
  @Test(arguments: [(Set<Int>(), "2027-03-31"), (Set([6]), "2027-03-31")])
  func aWinBackStartsANewTerm(_ missed: Set<Int>, _ end: String) throws {
    var rows = ["Customer,Invoice Date,Description,Amount"]
    var m = Month(year: 2024, month: 1)
    while m <= Month(year: 2026, month: 10) {
      let gone = m.year == 2025 || (m.year == 2026 && (m.month < 4 || missed.contains(m.month)))
      if !gone { rows.append("Ivy Labs,\(m)-28,\"Annual agreement, billed monthly\",2000.00") }
      rows.append("Rigel Inc,\(m)-28,Team plan (monthly subscription),1000.00")
      m = m.adding(months: 1)
    }
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.account("Ivy Labs")?.contractEndDate == CivilDate(end))
  }

  /// Hostile twins: `cancel anytime` on some lines only, or no such words, leave Kiwi untyped; a
  /// minimum commitment's words are a minimum, no annual term.
  @Test(arguments: [
    ("Monthly subscription", false), ("Monthly minimum commitment", false),
    ("partial", false),
  ])
  func otherLinesSayNoTerm(_ text: String, _ isMonthly: Bool) throws {
    let c = try importLedger(
      Self.ledger(kiwi: { m in
        text == "partial"
          ? (m < 5 ? "Monthly subscription (cancel anytime)" : "Monthly subscription") : text
      }))
    let kiwi = try #require(c.account("Kiwi Apps"))
    #expect(kiwi.contractType != .annual)
    #expect((kiwi.contractType == .monthly) == isMonthly)
  }
}
