import Foundation
import Testing

/// A cube's title dating its export, read by `arr-quality analyze` on a file as a spreadsheet
/// writes it (review 46b, R46b-12: the unit test quoted "As of Nov 15, 2026", while an export
/// leaves it unquoted, split at its comma, and the command line read no date).
///
/// The cube: 30 customers, customer k paying 50 × (k + 1) a month from June to October 2026
/// (23,250 a month, ARR $279,000); in November the 12 largest have no cell (8,550 left, ARR
/// $102,600): 12 of 30, a fall that moves the as-of month only with a sign in the file.
@Suite(.scratchFolders) struct PartialMonthTitleCLITests {
  static func cube(title: String) -> String {
    var text = title + "\n\nCustomer,Jun-26,Jul-26,Aug-26,Sep-26,Oct-26,Nov-26\n"
    for k in 0..<30 {
      let v = "\(50 * (k + 1)).00"
      text += "Customer \(k + 1),\(v),\(v),\(v),\(v),\(v),\(k < 18 ? v : "")\n"
    }
    return text
  }

  /// Inside November (month name unquoted; a numeric date in `--date-order dmy`; an export's
  /// date-time): measured at October, $279,000, with no range. On its last day: November is
  /// complete, measured as read, $102,600, with no range either (R46b-10, R46b-11).
  @Test(arguments: [
    ("MRR by customer\nAs of Nov 12, 2026", [String](), "2026-10", 279_000.0),
    ("MRR by customer\nas at 12/11/2026", ["--date-order", "dmy"], "2026-10", 279_000),
    ("Exported 2026-11-12 09:14", [], "2026-10", 279_000),
    ("MRR by customer\nAs of Nov 30, 2026", [], "2026-11", 102_600),
  ])
  func aTitleDatingTheExportDecidesTheAsOfMonth(
    title: String, arguments: [String], asOf: String, headline: Double
  ) throws {
    let path = try CLI.temporaryDirectory().appendingPathComponent("mrr.csv").path
    try Data(Self.cube(title: title).utf8).write(to: URL(fileURLWithPath: path))
    let r = CLI.run(["analyze", path, "--format", "json"] + arguments)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["as_of"] as? String == asOf, "\(title)")
    let arr = try #require(json["arr"] as? [String: Any])
    #expect(arr["headline"] as? Double == headline, "\(title)")
    // No range: the headline's two ends are one figure.
    let imported = try #require(json["import"] as? [String: Any])
    let range = imported["ambiguous_arr"] as? [String: Any]
    #expect(range == nil || range?["low"] as? Double == range?["high"] as? Double, "\(title)")
  }
}
