import ARRCore
import Testing

@testable import ARRInput

/// Hostile 55, H55-2: a 2,000,000-line ledger never finished, each rule reading the words of
/// every line again (about 1.3 ms a line in a debug build). The rules now read each distinct
/// description once (``DescriptionMemo``), and the per-account searches the import makes per
/// line are binary searches over sorted lists (``Swift/Array/partitionIndex(_:)``).
@Suite struct LedgerAtScaleTests {
  /// The memo reads each distinct description once, and gives what the function gives.
  @Test func aMemoReadsEachDistinctDescriptionOnce() {
    final class Count: @unchecked Sendable { var n = 0 }
    let count = Count()
    var memo = DescriptionMemo { (text: String) -> Int in
      count.n += 1
      return text.count
    }
    let texts = ["Pro plan", "Setup fee", "Pro plan", "", "Pro plan", "Setup fee", ""]
    #expect(texts.map { memo($0) } == [8, 9, 8, 0, 8, 9, 0])
    #expect(count.n == 3)
  }

  /// Past ``DescriptionMemo/limit`` descriptions a new one is read each time it is asked (the
  /// memo is never as large as a file whose every line is its own description); those kept
  /// stay kept.
  @Test func aMemoKeepsAtMostItsLimit() {
    final class Count: @unchecked Sendable { var n = 0 }
    let count = Count()
    var memo = DescriptionMemo { (text: String) -> String in
      count.n += 1
      return text
    }
    let limit = DescriptionMemo<String>.limit
    for k in 0..<limit { _ = memo("line \(k)") }
    #expect(count.n == limit)
    #expect(memo("line 0") == "line 0" && count.n == limit)
    #expect(memo("one more") == "one more" && count.n == limit + 1)
    #expect(memo("one more") == "one more" && count.n == limit + 2)
  }

  /// The binary searches agree with a pass over the array, at every bound (an array with
  /// repeats, bounds below, inside and above it).
  @Test func binarySearchesAgreeWithAPass() {
    let sorted = [3, 5, 5, 5, 9, 12, 12, 20]
    for x in 0...22 {
      #expect(sorted.partitionIndex { $0 > x } == (sorted.firstIndex { $0 > x } ?? sorted.count))
      #expect(sorted.partitionIndex { $0 >= x } == (sorted.firstIndex { $0 >= x } ?? sorted.count))
      for width in 0...6 {
        #expect(
          sorted.count(in: x...(x + width)) == sorted.count { (x...(x + width)).contains($0) })
      }
    }
    #expect([Int]().partitionIndex { $0 > 0 } == 0)
    #expect([Int]().count(in: 0...5) == 0)
  }

  /// R55-22's renewal (declined on January 5th and 12th, paid on February 3rd) with the lines
  /// out of date order, the paid renewal first: the retry is found in the account's billed days
  /// sorted, not in file order. By hand, as R55-22: 100 a month in February 2026, never churned
  /// (unsorted, the search missed the payment and January's attempts were a month of their own).
  @Test func aRetryIsFoundWhateverTheLineOrder() throws {
    let c = try Importer.read([
      Importer.SourceFile(
        name: "transactions.csv",
        bytes: Array(
          """
          customer_id,date,amount,status
          z,2026-02-03,1200,Paid
          z,2025-01-05,1200,Paid
          z,2026-01-12,1200,Failed
          z,2026-01-05,1200,Failed

          """.utf8))
    ])
    #expect(c.mrrRow("z").last == 10_000)
  }

  /// A ledger of 50,000 lines, 250 customers each billed five fixed monthly lines for 40
  /// months (five descriptions in all), read whole. By hand: every customer 100 + 20 + 10 + 5 +
  /// 1 = 136.00 a month in each of the 40 months, headline MRR 250 × 136 = 34,000. Its speed is
  /// measured by `arr-quality analyze` on this ledger (docs/performance.md, "Ledger import at
  /// scale": 18.2 s before, 0.29 s in release), not timed here: a time limit does not hold in
  /// a suite run whose tests wait for the machine (this one "took" 197 s there).
  @Test func fiftyThousandLinesOfFiveDescriptions() throws {
    let parts: [(String, String)] = [
      ("Pro plan - monthly", "100.00"), ("Seats add-on (5 seats)", "20.00"),
      ("Premium support", "10.00"), ("Audit log retention", "5.00"),
      ("SMS notifications bundle", "1.00"),
    ]
    var text = "customer,date,description,amount\n"
    for a in 0..<250 {
      for m in 0..<40 {
        let month = Month(year: 2022, month: 1).adding(months: m)
        for (description, amount) in parts {
          text += "c\(a),\(month)-01,\(description),\(amount)\n"
        }
      }
    }
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    #expect(c.accounts.count == 250)
    #expect(c.monthCount == 40)
    #expect(c.mrrRow("c0") == Array(repeating: 13_600, count: 40))
    #expect(c.mrrRow("c249") == Array(repeating: 13_600, count: 40))
    let n = c.monthCount
    #expect(c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, n - 1)] } == 3_400_000)
  }
}
