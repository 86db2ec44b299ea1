import ARRCore
import Testing

@testable import ARRInput

/// A monthly table whose window no row fills (trial 30, T30-15: one stray `1975-01` row beside
/// 100,000 customers of 2024-12 made 60 million cells and peaked at 1.48 GB): the importer holds
/// the MRR cells once, moved from the reader, and no one-time matrix unless a column fills one;
/// the figures are those of the same rows with a dense matrix.
@Suite struct SparseWindowMatrixTests {
  /// A in 2020-01 and 2024-12; B and C in 2024-11 and 2024-12: 60 months, 3 accounts.
  static let table = """
    customer_id,month,mrr
    A,2020-01,10
    A,2024-12,10
    B,2024-11,20
    B,2024-12,20
    C,2024-11,30
    C,2024-12,30
    """

  @Test func noOneTimeMatrixIsMadeWithoutAOneTimeColumn() throws {
    let c = try importCube(Self.table, name: "monthly.csv")
    #expect(c.monthCount == 60)
    #expect(c.mrr.count == 3 * 60)
    #expect(c.oneTime.isEmpty)
    #expect(c.oneTime(at: 59) == 0)
    #expect(c.mrrRow("A").first == 1_000 && c.mrrRow("A").last == 1_000)
    #expect(c.mrrRow("A").dropFirst().dropLast().allSatisfy { $0 == 0 })
    // Source 10 + 10 + 20 + 20 + 30 + 30 = 120.00 = MRR; no one-time revenue.
    let tie = try c.checkedTieOut()
    #expect(tie.sourceCents == 12_000 && tie.mrrCents == 12_000 && tie.oneTimeCents == 0)
    #expect(tie.isBalanced)
  }

  @Test func theCompanyReadsAsWithADenseMatrix() throws {
    let company = try importCube(Self.table, name: "monthly.csv").company().company
    #expect(company.revenue.oneTimeByMonth == [Int64](repeating: 0, count: 60))
    // Headline: (10 + 20 + 30) × 12 = 720.00.
    let asOf = company.revenue.monthCount - 1
    let mrr = (0..<3).reduce(Int64(0)) { $0 + company.revenue.mrr(account: $1, month: asOf) }
    #expect(mrr * 12 == 72_000)
    // Starts are still the first month with revenue.
    #expect(
      company.accounts.map(\.startDate.description) == ["2020-01-01", "2024-11-01", "2024-11-01"])
  }

  /// A one-time column still fills a matrix of its own, summed by month.
  @Test func aOneTimeColumnStillFillsItsMatrix() throws {
    let text = """
      customer_id,month,mrr,one_time
      A,2020-01,10,
      A,2024-12,10,
      B,2024-11,20,
      B,2024-12,20,
      C,2024-11,30,
      C,2024-12,30,5
      """
    let c = try importCube(text, name: "monthly.csv")
    #expect(c.oneTime.count == 3 * 60)
    #expect(c.oneTimeRow("C").last == 500)
    let company = try c.company().company
    #expect(company.revenue.oneTimeByMonth.last == 500)
    #expect(company.revenue.oneTimeByMonth.dropLast().allSatisfy { $0 == 0 })
  }
}
