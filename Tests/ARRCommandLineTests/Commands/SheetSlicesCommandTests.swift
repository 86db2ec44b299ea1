import ARRCommandLine
import ARRTestSupport
import Foundation
import Testing

/// Two revenue tabs on the command line (review 13, F5): refused without `--sheet` (exit 65, as
/// two revenue CSV files are), read as slices of one company with `--sheet US --sheet EU`.
@Suite(.scratchFolders) struct SheetSlicesCommandTests {
  /// US: Acme 100, Beta 200 a month; EU: Cobalt 300, Dyna 400; Jan–Mar 2024.
  static func book() throws -> String {
    let header: [XLSXWriter.Cell] = ["Customer", "Jan-24", "Feb-24", "Mar-24"]
    func row(_ name: String, _ v: Int) -> [XLSXWriter.Cell] {
      [
        .text(name), .number(Double(v), style: 0), .number(Double(v), style: 0),
        .number(Double(v), style: 0),
      ]
    }
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet("US", rows: [header, row("Acme", 100), row("Beta", 200)]),
      XLSXWriter.Sheet("EU", rows: [header, row("Cobalt", 300), row("Dyna", 400)]),
    ])
    let path = try CLI.temporaryDirectory().path + "/book.xlsx"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func twoRevenueTabsAreRefusedWithExit65() throws {
    let r = CLI.run(["validate", try Self.book()])
    #expect(r.status == 65)
    #expect(r.stderr.contains("2 sheets read as revenue files"), "\(r.stderr)")
    #expect(r.stderr.contains("--sheet US --sheet EU"))
  }

  @Test func sheetGivenTwiceAddsTheTabsUp() throws {
    let out = try CLI.temporaryDirectory().path + "/out"
    let r = CLI.run(["import", try Self.book(), "--sheet", "US", "--sheet", "EU", "--out", out])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Imported 4 accounts"), "\(r.stdout)")
    // MRR in March by hand: 100 + 200 + 300 + 400 = 1,000.00 (ARR 12,000).
    let monthly = try String(contentsOfFile: out + "/monthly.csv", encoding: .utf8)
    let march = monthly.split(separator: "\n").filter { $0.contains(",2024-03,") }
    let cents = march.map { line -> Int in
      let mrr = line.split(separator: ",")[2].split(separator: ".")
      return Int(mrr[0])! * 100 + Int(mrr[1])!
    }
    #expect(march.count == 4)
    #expect(cents.reduce(0, +) == 100_000)
  }
}
