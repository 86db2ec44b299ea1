import ARRCore
import Testing

@testable import ARRInput

/// Hostile 55, H55-1: the folder `import` writes held ids like `=HYPERLINK("http://evil",…)`
/// raw in `accounts.csv` and `monthly.csv`, which a spreadsheet would run. Text cells that start
/// like a formula are written after a `'`, as the report's `accounts.csv` writes them
/// (``CSVField``).
@Suite struct ImportFolderFormulaTests {
  /// Ids and a name starting with `=`, `+`, `@` and `-`: each text cell written after a `'`
  /// (quoted when it holds a comma or a quote), in both files alike, so the folder reads back
  /// with every account's revenue; an id starting otherwise is written as it is.
  @Test func formulaLikeCellsAreWrittenAfterAQuote() throws {
    let cube = """
      Customer,2024-01,2024-02,2024-03
      "=HYPERLINK(""http://evil"",""x"")",100,100,100
      +cmd,50,50,50
      @SUM(A1),20,20,20
      -2+3,10,10,10
      Plain,5,5,5
      """
    let conversion = try importCube(cube, options: ImportOptions()).company(name: "Acme")
    let files = ImportFolder.contents(conversion)
    let accounts = String(decoding: files[0].bytes, as: UTF8.self)
    let monthly = String(decoding: files[1].bytes, as: UTF8.self)
    for text in [accounts, monthly] {
      #expect(text.contains("\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","))
      #expect(text.contains("\n'+cmd,") && text.contains("\n'@SUM(A1),"))
      #expect(text.contains("\n'-2+3,") && text.contains("\nPlain,"))
    }
    let back = try CompanyLoader.load(
      accountsCSV: files[0].bytes, monthlyCSV: files[1].bytes, companyJSON: files[2].bytes)
    #expect(back.accounts.count == 5)
    #expect(back.revenue.mrr == conversion.company.revenue.mrr)
    #expect(back.accounts.contains { $0.id == "'+cmd" })
  }

  /// The one guard, byte for byte: quoted when a comma, quote or line break needs it, the `'`
  /// inside the quotes; numbers' cells never go through it.
  @Test(arguments: [
    ("=1+2", "'=1+2"), ("a,b", "\"a,b\""), ("=a,b", "\"'=a,b\""), ("\tx", "'\tx"),
    ("x=1", "x=1"), ("", ""),
  ])
  func theGuard(text: String, written: String) {
    #expect(CSVField.text(text) == written)
  }
}
