import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A monthly table of level snapshots at quarter ends (trial 22, T22-20): read as levels
/// carried between snapshots, never as a subscriptions table to rename. Figures by hand.
@Suite struct SnapshotLevelsTests {
  /// Three quarter ends, 2024-03 to 2024-09 (7 months). a: 1,000 at March and June, 1,200 at
  /// September. b: 500 at March and June, no row at September (gone by then). c: 300 from
  /// June. Carried: a 1,000 March–August, 1,200 in September; b 500 March–August, 0 in
  /// September; c 300 June–September. September's MRR 1,200 + 300 = 1,500.
  static let quarterly = """
    customer_id,quarter_end,mrr
    a,2024-03-31,1000
    a,2024-06-30,1000
    a,2024-09-30,1200
    b,2024-03-31,500
    b,2024-06-30,500
    c,2024-06-30,300
    c,2024-09-30,300
    """

  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try ImportFixtures.read([("arr_quarterly.csv", text)], options: options)
  }

  @Test func quarterEndLevelsAreCarriedToTheNextSnapshot() throws {
    let c = try read(Self.quarterly)
    #expect(c.log.files[0].shape == .monthly)
    #expect(c.firstMonth == Month(year: 2024, month: 3))
    #expect(c.asOf == Month(year: 2024, month: 9))
    #expect(c.mrrRow("a") == [100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 120_000])
    #expect(c.mrrRow("b") == [50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 0])
    #expect(c.mrrRow("c") == [0, 0, 0, 30_000, 30_000, 30_000, 30_000])
    // Carried: a 4 months (April, May, July, August), b 4, c 2: 10 customer-months,
    // 4 × 1,000 + 4 × 500 + 2 × 300 = 6,600.00.
    #expect(
      c.log.notes.contains {
        $0.contains(
          "\"quarter_end\" names snapshot dates and \"mrr\" a level: the rows are levels at 3 "
            + "dates 3 months apart (2024-03 to 2024-09)")
          && $0.contains("10 customer-months carried (6600.00 counted in the tie-out's source")
          && $0.contains("The months between snapshots are not observed")
      })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// `arr` snapshots: still refused under `--values auto` (the refusal calls them annual);
  /// with `--values arr`, each level ÷ 12: a's September 1,200 ÷ 12 = 100.
  @Test func annualSnapshotsNeedValuesARRAndAreCarried() throws {
    let text = Self.quarterly.replacingOccurrences(of: ",mrr", with: ",arr")
    #expect {
      _ = try read(text)
    } throws: { error in
      "\(error)".contains("says the cells are annual recurring revenue")
    }
    let c = try read(text, options: ImportOptions(values: .arr))
    #expect(c.mrrRow("a") == [8_333, 8_333, 8_333, 8_333, 8_333, 8_333, 10_000])
    #expect(c.mrrRow("b").last == 0)
  }

  /// Uneven dates are not a grid of snapshots: read as before, nothing carried.
  @Test func unevenDatesAreNotCarried() throws {
    let text = """
      customer_id,quarter_end,mrr
      a,2024-01-31,1000
      a,2024-03-31,1000
      a,2024-07-31,1000
      """
    let c = try read(text)
    #expect(!c.log.notes.contains { $0.contains("names snapshot dates") })
  }

  @Test func theSpacingIsOneGapOfTwoToTwelveMonths() {
    #expect(SnapshotLevels.spacing([0, 3, 6]) == 3)
    #expect(SnapshotLevels.spacing([0, 12, 24, 36]) == 12)
    #expect(SnapshotLevels.spacing([0, 3]) == nil)
    #expect(SnapshotLevels.spacing([0, 1, 2]) == nil)
    #expect(SnapshotLevels.spacing([0, 3, 7]) == nil)
  }

  /// A table with an annual price and no start is told so: "an annual price", not "a monthly
  /// price" (trial 22, T22-20).
  @Test func theSubscriptionsHintCallsARRAnnual() throws {
    let text = """
      customer_id,closed,arr
      a,x,100
      b,y,200
      """
    #expect {
      _ = try read(text)
    } throws: { error in
      "\(error)".contains(
        "read as a subscriptions table it has a customer (\"customer_id\") and an annual price "
          + "(\"arr\") but no column is a start")
    }
  }
}
