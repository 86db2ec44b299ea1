import ARRCore
import Testing

@testable import ARRInput

/// Rows of a subscriptions table equal to an earlier row but for an id-like column
/// (``SubscriptionTableRepeats``; `docs/import.md`, "Subscriptions table"). Trial 20, E2: two
/// rows of one customer differing only in an ignored `subscription_id` were added up in
/// silence, doubling its MRR.
@Suite struct SubscriptionRepeatsTests {
  /// As of 2024-06 (`c`'s start). `a`'s line 3 repeats line 2 but for its id; `b`'s line 5
  /// repeats line 4 cell for cell; `c` is alone.
  static let table = """
    subscription_id,customer_id,start_date,end_date,mrr
    S-1,a,2024-01-01,,100
    S-2,a,2024-01-01,,100
    S-3,b,2024-01-01,,50
    S-3,b,2024-01-01,,50
    S-5,c,2024-06-01,,10
    """

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
  }

  /// By hand: both of `a`'s rows are counted, 200.00 a month; the low end reads line 3 as line
  /// 2 written twice, 100.00 (the repeat's 10,000 cents off). `b` the same with 50.00: 100.00
  /// counted, 50.00 at the low end. `c` has no range.
  @Test func aRowEqualButForItsIdIsCountedReportedAndPriced() throws {
    let c = try read(Self.table)
    #expect(c.asOf == Month(year: 2024, month: 6))
    let last = c.monthCount - 1
    func account(_ id: String) -> (Int, ImportedAccount) {
      let i = c.accounts.firstIndex { $0.id == id }!
      return (i, c.accounts[i])
    }
    let (ai, a) = account("a")
    #expect(c.mrr[c.cell(ai, last)] == 20_000)
    #expect(a.ambiguousMRR?.low == 10_000 && a.ambiguousMRR?.high == 20_000)
    #expect(a.ambiguityShares == [AmbiguityShare(cause: .repeatedRows, low: -10_000, high: 0)])
    let (bi, b) = account("b")
    #expect(c.mrr[c.cell(bi, last)] == 10_000)
    #expect(b.ambiguousMRR?.low == 5_000)
    #expect(account("c").1.ambiguousMRR == nil)
    #expect(
      c.log.findings.contains(
        "subs.csv: 1 row repeats an earlier row in every column but \"subscription_id\" (line 3 "
          + "repeats line 2 but for it): each is counted, as another subscription of its "
          + "customer; if they are one subscription written twice, every month of theirs is "
          + "counted twice: headline ARR is given as that range"))
    #expect(c.log.findings.contains { $0.contains("cell for cell (line 5 repeats line 4)") })
  }

  /// Which headers are id-like: the last word `id`, `uuid`, `key`, `number`…; a role's column
  /// (the customer's id) never is.
  @Test func idLikeHeaders() {
    let header = ["subscription_id", "customer_id", "Row ID", "invoice no", "plan", "idea"]
    let r = SubscriptionTableRepeats(header: header, assigned: [1])
    #expect(r.idColumns == [0, 2, 3])
  }

  /// Without an id-like column, rows equal but for another column are no repeats.
  @Test func rowsDifferingInAnotherColumnAreNotRepeats() throws {
    let c = try read(
      """
      customer_id,plan,start_date,end_date,mrr
      a,basic,2024-01-01,,100
      a,extra,2024-01-01,,100
      """)
    #expect(c.accounts[0].ambiguousMRR == nil)
    #expect(!c.log.findings.contains { $0.contains("repeat") })
  }
}
