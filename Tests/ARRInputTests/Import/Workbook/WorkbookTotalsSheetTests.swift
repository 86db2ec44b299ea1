import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A workbook whose first tab is a subscriptions table and whose other tabs are the company's
/// totals by month (trial 28, T28-12: refused because of the totals tab, even with
/// `--sheet subscriptions`; the advice that read it came last in a long message).
@Suite struct WorkbookTotalsSheetTests {
  /// C1 500 a month from 2024-01, C2 100 from 2024-03 to 2024-05, C3 700 from 2024-06.
  static let subscriptions: [[XLSXWriter.Cell]] = [
    ["customer_id", "plan", "signup_date", "churn_date", "monthly_revenue"],
    ["C1", "Pro", "2024-01-01", "", 500],
    ["C2", "Basic", "2024-03-01", "2024-05-31", 100],
    ["C3", "Pro", "2024-06-01", "", 700],
  ]

  /// The company's totals by month, as the public workbook's `net_revenue_retention` tab: 48
  /// months (2022-01 to 2025-12), its 2025-11 row the public tab's own, with which the cube's
  /// reader refuses the tab rather than pass it by (so it did in the public file).
  static let totals: [[XLSXWriter.Cell]] =
    [
      [
        "month", "new_customers", "churned_customers", "avg_revenue_per_customer", "new_mrr",
        "churned_mrr", "net_revenue_retention",
      ]
    ]
    + (0..<48).map { m -> [XLSXWriter.Cell] in
      let month = "\(2022 + m / 12)-" + (m % 12 < 9 ? "0" : "") + "\(m % 12 + 1)"
      guard m != 46 else { return [.text(month), 11, 9, 1026.12, 11287.32, 9235.08, 2052] }
      return [.text(month), 10, 2, 1041.38, 11455.18, 4165.52, 7290]
    }

  static func book() -> Importer.SourceFile {
    Importer.SourceFile(
      name: "book.xlsx",
      bytes: XLSXWriter.workbook([
        XLSXWriter.Sheet("subscriptions", rows: subscriptions),
        XLSXWriter.Sheet("net_revenue_retention", rows: totals),
      ]))
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

  /// `--sheet subscriptions` and `--sheet 1` read the tab as the only file would be read:
  /// 2024-06 MRR by hand C1 500 + C3 700 = 1,200 (C2 ended in May); the totals tab is left
  /// out with a note.
  @Test(arguments: ["subscriptions", "1"])
  func theNamedSubscriptionsSheetIsRead(sheet: String) throws {
    let c = try Importer.read(
      [Self.book()], options: ImportOptions(asOf: Month(year: 2024, month: 6), sheet: sheet))
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] } == 120_000)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "book.xlsx, sheet net_revenue_retention (the company's totals by period, not customers)")
      }, "\(c.log.notes)")
  }

  /// Without `--sheet`, the refusal opens with the option that reads the subscriptions tab,
  /// and the totals tab is named for what it is, not told to be transposed.
  @Test func withoutSheetTheRefusalOpensWithTheSheetToName() throws {
    let error = try #require(Self.error { _ = try Importer.read([Self.book()]) })
    #expect(error.kind == .invalidData)
    #expect(
      error.message.hasPrefix(
        "book.xlsx, sheet subscriptions reads as a subscriptions table (customer, start, end, "
          + "monthly price), read by itself only when it is the only file: pass --sheet "
          + "subscriptions to read it; "), "\(error.message)")
    #expect(
      error.message.contains(
        "book.xlsx, sheet net_revenue_retention: the company's totals by period, not customers"))
    #expect(!error.message.contains("transpose"))
  }

  /// A totals tab beside a customer cube tab never blocks it: 100 + 200 = 300 in March.
  @Test func aTotalsSheetBesideACubeIsLeftOut() throws {
    let c = try Importer.read([
      Importer.SourceFile(
        name: "book.xlsx",
        bytes: XLSXWriter.workbook([
          XLSXWriter.Sheet("net_revenue_retention", rows: Self.totals),
          XLSXWriter.Sheet(
            "Revenue",
            rows: [
              ["Customer", "Jan-24", "Feb-24", "Mar-24"], ["Acme", 100, 100, 100],
              ["Beta", 200, 200, 200],
            ]),
        ]))
    ])
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 2)] } == 30_000)
  }
}
