import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A workbook's refusal says what its own CSV export is told (hostile trial 35, H35-13: a sheet
/// of month names without a year under a row of quarters was told only "no revenue file among
/// quarter-band.xlsx, sheet MRR (expected …)", its CSV export to write each month with its
/// year and that quarters are not months).
@Suite struct WorkbookRefusalHintsTests {
  static let rows: [[String]] = [
    ["", "Q1 2025", "", "", "Q2 2025", "", ""],
    ["Customer", "Jan", "Feb", "Mar", "Apr", "May", "Jun"],
    ["Acme", "100", "100", "100", "100", "100", "100"],
    ["Bolt", "250", "250", "250", "250", "250", "250"],
  ]

  static func message(_ read: () throws -> ImportedCompany) -> String {
    do {
      _ = try read()
      return ""
    } catch let e as ARRQualityError {
      return e.message
    } catch {
      return "\(error)"
    }
  }

  @Test func aOneSheetWorkbookIsToldWhatItsCSVExportIs() throws {
    let csv = Self.rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    let fromCSV = Self.message {
      try Importer.read([Importer.SourceFile(name: "q.csv", bytes: Array(csv.utf8))])
    }
    let sheet = XLSXWriter.Sheet(
      "MRR", rows: Self.rows.map { $0.map { XLSXWriter.Cell(stringLiteral: $0) } })
    let fromBook = Self.message {
      try Importer.read([
        Importer.SourceFile(name: "q.xlsx", bytes: XLSXWriter.workbook([sheet]))
      ])
    }
    #expect(fromCSV.hasPrefix("q.csv: shape not recognised"))
    #expect(fromCSV.contains("month names without a year"))
    #expect(fromCSV.contains("names quarters"))
    let tail = try #require(fromCSV.split(separator: ": ", maxSplits: 1).last)
    #expect(fromBook.hasSuffix(String(tail)), "\(fromBook)")
    #expect(!fromBook.contains("no revenue file among"))
  }
}
