import ARRCore
import Testing

@testable import ARRInput

/// Trial 54, T54-27 (case `c30`): a real Stripe subscriptions export saved by a Danish Excel
/// (`;`, `720,00`, `25-12-2025 20:18`) had all 432 rows refused as "not an amount", and
/// `--decimal-comma` changed nothing (``StripeSubscriptionsReader/isDecimalComma(_:columns:options:log:)``).
@Suite struct StripeDecimalCommaTests {
  /// Three monthly subscriptions in DKK, as the Danish copy writes them.
  static func export(_ amounts: [String]) -> String {
    var lines = [
      "id;Customer ID;Customer Email;Plan;Quantity;Currency;Interval;Amount;Status;"
        + "Created (UTC);Start Date (UTC);Current Period Start (UTC);Current Period End (UTC)"
    ]
    for (k, a) in amounts.enumerated() {
      lines.append(
        "sub_\(k);cus_\(k);c\(k)@example.com;p;1;dkk;month;\(a);active;25-11-2025 20:18;"
          + "25-11-2025 20:18;25-12-2025 20:18;25-01-2026 20:18")
    }
    return lines.joined(separator: "\n")
  }

  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))],
      options: options)
  }

  /// By hand: 720.00, 149.00 and 1,234.50 a month (`1.234,50`), DKK; a note names the comma.
  /// With `--decimal-comma` the same.
  @Test(arguments: [false, true])
  func pricesWithADecimalComma(_ given: Bool) throws {
    var options = ImportOptions()
    if given { options.isDecimalComma = true }
    let c = try read(Self.export(["720,00", "149,00", "1.234,50"]), options: options)
    #expect(c.log.files[0].shape == .stripeSubscriptions)
    #expect(c.mrrRow("cus_0").last == 72_000)
    #expect(c.mrrRow("cus_1").last == 14_900)
    #expect(c.mrrRow("cus_2").last == 123_450)
    #expect(
      c.log.notes.contains { $0.contains("prices read with a decimal comma") } == !given)
  }

  /// Hostile twins: a point export reads as written (`1,234.50` is 1,234.50, a grouping
  /// comma), no note; both marks are an error naming one of each.
  @Test func aPointExportIsReadAsWritten() throws {
    let c = try read(Self.export(["720.00", "149.00", "1,234.50"]))
    #expect(c.mrrRow("cus_2").last == 123_450)
    #expect(!c.log.notes.contains { $0.contains("decimal comma") })
    let error = try #require(throws: ARRQualityError.self) {
      try read(Self.export(["720,00", "149.00", "900"]))
    }
    #expect(error.description.contains("prices use both decimal marks"))
  }
}
