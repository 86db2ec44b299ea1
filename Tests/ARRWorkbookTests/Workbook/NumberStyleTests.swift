import ARRCore
import ARRTestSupport
import Testing

@testable import ARRWorkbook

/// Percent and currency number formats (review 13, F6 and F37): a cell styled `0%` holding 0.2
/// shows `20%` and was exported as `0.2`; a cell styled `#,##0.00 [$€-407]` shows euros and was
/// exported as a bare number, so the workbook read USD where the CSV export reads EUR.
@Suite struct NumberStyleTests {
  @Test(arguments: [
    ("0%", NumberStyle.percent), ("0.00%", .percent), ("#,##0.0%;[Red]-#,##0.0%", .percent),
    ("#,##0.00\\ [$€-407]", .currency("€")), ("[$£-809]#,##0.00", .currency("£")),
    ("\"£\"#,##0", .currency("£")), ("[$USD] #,##0.00", .currency("USD")),
    ("€#,##0", .currency("€")), ("$#,##0.00_);($#,##0.00)", .currency("$")),
    ("\"EUR\" #,##0", .currency("EUR")), ("[$-409]#,##0.00", .plain), ("#,##0.00", .plain),
    ("0.00\"%\"", .plain), ("\"Total\" 0", .plain), ("mmm-yy", .date),
    ("[$-409]mmm\\-yy;@", .date), ("General", .plain),
  ])
  func formatCodesSayPercentOrCurrency(code: String, style: NumberStyle) {
    #expect(NumberFormat.style(formatCode: code) == style)
  }

  @Test func builtInPercentFormatsArePercents() {
    #expect(NumberFormat.style(builtIn: 9) == .percent)
    #expect(NumberFormat.style(builtIn: 10) == .percent)
    #expect(NumberFormat.style(builtIn: 14) == .date)
    // The locale's currency (built-in 5–8): no currency named.
    #expect(NumberFormat.style(builtIn: 7) == .plain)
  }

  @Test func percentsAndCurrenciesExportAsTheSheetShowsThem() {
    #expect(CellValue.percent(0.2).exportText().text == "20%")
    #expect(CellValue.percent(0.125).exportText().text == "12.5%")
    #expect(CellValue.percent(0.07).exportText().text == "7%")
    #expect(CellValue.percent(-0.05).exportText().text == "-5%")
    #expect(CellValue.percent(1).exportText().text == "100%")
    #expect(CellValue.money(1000, currency: "€").exportText().text == "€1000")
    #expect(CellValue.money(1234.5, currency: "£").exportText().text == "£1234.50")
    #expect(CellValue.money(-20, currency: "€").exportText().text == "-€20")
    #expect(CellValue.money(1000, currency: "USD").exportText().text == "USD 1000")
    #expect(CellValue.money(1000, currency: "¥").exportText().text == "JPY 1000")
    // A code the importers do not read beside an amount: the number alone, as before.
    #expect(CellValue.money(1000, currency: "SEK").exportText().text == "1000")
  }

  @Test func aWorkbooksStylesReachItsCells() throws {
    let bytes = XLSXWriter.workbook(
      [XLSXWriter.Sheet("S", rows: [[.number(0.2, style: 1), .number(1000, style: 2), 5]])],
      formats: [(164, "#,##0.00\\ [$€-407]")], styles: [0, 9, 164])
    let book = try Workbook(bytes: bytes, fileName: "b.xlsx")
    let export = try book.worksheet(try book.sheet(matching: "S")).export()
    #expect(export.records.map(\.cells) == [["20%", "€1000", "5"]])
  }
}
