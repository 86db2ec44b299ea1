import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A workbook's percent and currency formats read as the CSV export of the same sheet reads
/// (review 13, F6 and F37; `docs/workbook.md`, "Same figures as the CSV export").
@Suite struct WorkbookFormatsTests {
  /// Styles: 0 General, 1 `0%` (built-in 9), 2 euros, 3 pounds, 4 a date (built-in 14).
  static let formats: [(id: Int, code: String)] = [
    (164, "#,##0.00\\ [$€-407]"), (165, "[$£-809]#,##0.00"),
  ]
  static let styles = [0, 9, 164, 165, 14]

  static func file(_ rows: [[XLSXWriter.Cell]]) -> Importer.SourceFile {
    Importer.SourceFile(
      name: "book.xlsx",
      bytes: XLSXWriter.workbook(
        [XLSXWriter.Sheet("Data", rows: rows)], formats: formats, styles: styles))
  }

  static func error(_ body: () throws -> Void) -> ARRQualityError? {
    do {
      try body()
      return nil
    } catch let error as ARRQualityError {
      return error
    } catch {
      Issue.record("not a library error: \(error)")
      return nil
    }
  }

  /// The review's subscriptions: A 100 less 20% (shown `20%`, stored 0.2), B 200 less 10%, C
  /// 300. By hand, MRR in 2024-03 is 80 + 180 + 300 = 560 (the tool read 0.2% and 0.1%:
  /// 599.60, outside its own range).
  @Test func aPercentStyledDiscountIsAPercent() throws {
    let date = { (serial: Double) in XLSXWriter.Cell.number(serial, style: 4) }
    let c = try Importer.read([
      Self.file([
        ["customer_id", "start_date", "end_date", "monthly_fee", "discount_pct"],
        ["A", date(45292), "", 100, .number(0.2, style: 1)],
        ["B", date(45323), "", 200, .number(0.1, style: 1)],
        ["C", date(45352), "", 300],
      ])
    ])
    #expect(c.asOf == Month(year: 2024, month: 3))
    let mrr = c.accounts.indices.map { c.mrr[c.cell($0, c.monthCount - 1)] }
    #expect(mrr == [8_000, 18_000, 30_000])
  }

  /// Cells styled in euros are euros, as `€1000.00` cells of the CSV export are.
  @Test func aCurrencyFormatNamesTheCurrency() throws {
    let euro = { (v: Double) in XLSXWriter.Cell.number(v, style: 2) }
    let c = try Importer.read([
      Self.file([
        ["Customer", "Jan-24", "Feb-24", "Mar-24"],
        ["Acme", euro(1000), euro(1000), euro(1000)],
        ["Beta", euro(2000), euro(2000), euro(2000)],
      ])
    ])
    #expect(c.log.currency == "EUR")
    #expect(c.mrrRow("Beta") == [200_000, 200_000, 200_000])
  }

  /// Euros and pounds in one sheet are refused, as the CSV export's `€` and `£` cells are
  /// (they were added up: €1,000 + £2,000 = 3,000 "USD").
  @Test func twoCurrencyFormatsAreRefused() throws {
    let euro = { (v: Double) in XLSXWriter.Cell.number(v, style: 2) }
    let pound = { (v: Double) in XLSXWriter.Cell.number(v, style: 3) }
    let error = try #require(
      Self.error {
        _ = try Importer.read([
          Self.file([
            ["Customer", "Jan-24", "Feb-24", "Mar-24"],
            ["Acme", euro(1000), euro(1000), euro(1000)],
            ["Beta", pound(2000), pound(2000), pound(2000)],
          ])
        ])
      })
    #expect(error.kind == .invalidData)
    #expect(error.message.contains("EUR") && error.message.contains("GBP"), "\(error.message)")
  }
}
