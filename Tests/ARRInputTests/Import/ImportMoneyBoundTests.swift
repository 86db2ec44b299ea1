import ARRCore
import Testing

@testable import ARRInput

/// An imported month whose total is past the money bound (`Money.maximumMRRCents`, 12 × the
/// total must be exact in cents) is the folder loader's data error, naming the month, in every
/// import shape: never a trap in a later 12 × (trial 30, T30-1: `validate` said 0 and `analyze`
/// crashed on "arithmetic overflow").
@Suite struct ImportMoneyBoundTests {
  func company(_ name: String, _ text: String) throws -> Company {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: ImportOptions()
    ).company().company
  }

  /// The bound is 768,614,336,404,564,650 cents (Int64.max ÷ 12, rounded down): one cent more
  /// in one cell, or two cells of 5e15 whose month total is past it, are refused; the bound
  /// itself reads.
  @Test(arguments: [
    ("monthly.csv", "customer,month,mrr\nA,2024-01,10\nA,2024-02,7686143364045646.51\n"),
    ("cube.csv", "customer,2024-01,2024-02\nA,10,5000000000000000\nB,10,5000000000000000\n"),
    ("ledger.csv", "customer,date,amount\nA,2024-01-05,10\nA,2024-02-05,7686143364045646.51\n"),
  ])
  func aMonthPastTheBoundIsADataError(name: String, text: String) throws {
    let error = try #require(throws: ARRQualityError.self) { try company(name, text) }
    #expect(error.kind == .invalidData)
    #expect(
      error.message.hasPrefix(
        "\(name): total MRR of 2024-02 is more than 7686143364045646.50, the largest total"))
  }

  @Test func theBoundItselfReads() throws {
    // Nothing else paid: the total over every month is checked against the bound too.
    let c = try company(
      "monthly.csv", "customer,month,mrr\nA,2024-01,0\nA,2024-02,7686143364045646.50\n")
    #expect(c.revenue.mrr(account: 0, month: 1) == Money.maximumMRRCents)
  }
}
