import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions export of whole-number prices beside the invoice lines joined to it: when
/// most joined customers' prices equal, in cents, what their lines bill for the interval, the
/// lines settle the unit and the doubt ("every figure may be 100 times off") is a note (trial
/// 44, T44-2).
@Suite struct SettledUnitTests {
  static let linesHeader =
    "Line Item ID,Invoice ID,Customer ID,Invoice Created (UTC),Description,Amount,Currency,"
    + "Quantity,Period Start (UTC),Period End (UTC),Proration,Type"
  static let subsHeader =
    "id,Customer ID,Customer Name,Status,Amount,Currency,Interval,Interval Count,Quantity,"
    + "Start Date (UTC)"

  /// Three customers billed monthly 2026-06 … 2026-11 at `lines` (major units, as the lines
  /// write them); the export's prices are `prices` (whole numbers).
  static func read(lines: [String], prices: [String]) throws -> ImportedCompany {
    var rows = [linesHeader]
    var k = 0
    for m in 6...11 {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      let next = m + 1 < 10 ? "0\(m + 1)" : "\(m + 1)"
      for (i, amount) in lines.enumerated() {
        k += 1
        rows.append(
          "il_\(k),in_\(k),cus_\(i),2026-\(mm)-01 00:00,Plan,\(amount),usd,1,"
            + "2026-\(mm)-01 00:00,2026-\(next)-01 00:00,false,subscription")
      }
    }
    var subs = [subsHeader]
    for (i, price) in prices.enumerated() {
      subs.append("sub_\(i),cus_\(i),Co \(i),active,\(price),usd,month,1,1,2026-06-01 00:00")
    }
    return try Importer.read([
      Importer.SourceFile(
        name: "invoice_line_items.csv", bytes: Array(rows.joined(separator: "\n").utf8)),
      Importer.SourceFile(
        name: "subscriptions.csv", bytes: Array(subs.joined(separator: "\n").utf8)),
    ])
  }

  static func isDoubted(_ c: ImportedCompany) -> Bool {
    c.log.findings.contains { $0.hasPrefix("subscriptions.csv: every amount in \"Amount\"") }
  }

  @Test func theLinesSettleTheUnit() throws {
    let c = try Self.read(lines: ["500.00", "2000.00", "654.74"], prices: ["500", "2000", "650"])
    #expect(!Self.isDoubted(c))
    #expect(c.log.stakes.values.allSatisfy { !$0.isUnitDoubt })
    #expect(
      c.log.notes.contains(
        "subscriptions.csv: its whole-number amounts are read as major units, as the invoice "
          + "lines settle: 2 of 3 joined customers' prices equal an amount their lines bill for "
          + "the same interval (\"cus_0\" $500.00); read as cents they would be a hundredth of it"))
  }

  /// The twins: prices that are cents of the lines (`50000` for `500.00`) tie no line, and
  /// one tie of three is no majority: the doubt stays.
  @Test(arguments: [["50000", "200000", "65474"], ["500", "2100", "700"]])
  func pricesThatDoNotTieKeepTheDoubt(prices: [String]) throws {
    let c = try Self.read(lines: ["500.00", "2000.00", "654.74"], prices: prices)
    #expect(Self.isDoubted(c))
  }
}
