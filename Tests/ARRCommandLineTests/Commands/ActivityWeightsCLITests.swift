import Foundation
import Testing

/// `--weights` is checked against the company it scores: a custom activity signal's key is
/// accepted when `monthly.csv` has the column, an error (65) naming the key when it has not.
@Suite(.scratchFolders) struct ActivityWeightsCLITests {
  /// A company folder whose monthly.csv has a `logins` column.
  static func folder() throws -> URL {
    let dir = try CLI.temporaryDirectory()
    var accounts = "account_id,contract_type,billing_cadence,start_date\n"
    var monthly = "account_id,month,mrr,logins\n"
    for i in 0..<4 {
      accounts += "A\(i),monthly,monthly,2024-01-01\n"
      for m in 1...6 {
        monthly += "A\(i),2024-0\(m),100,\(i == 0 && m > 3 ? 10 : 40)\n"
      }
    }
    try Data(accounts.utf8).write(to: dir.appendingPathComponent("accounts.csv"))
    try Data(monthly.utf8).write(to: dir.appendingPathComponent("monthly.csv"))
    return dir
  }

  static func weights(_ dir: URL, _ text: String) throws -> String {
    let url = dir.appendingPathComponent("w.json")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func aColumnPresentTakesItsWeight() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let w = try Self.weights(dir, #"{"weights": {"logins_trend": -3}}"#)
    let r = CLI.run(["analyze", dir.path, "--weights", w, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains(#""logins_trend""#))
    #expect(r.stdout.contains("logins down 75% (last 3 months vs prior 3)"))
  }

  @Test func aColumnAbsentIsAnUnknownKey() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let w = try Self.weights(dir, #"{"weights": {"tickets_trend": 1}}"#)
    let r = CLI.run(["analyze", dir.path, "--weights", w, "--format", "json"])
    #expect(r.status == 65)
    #expect(r.stderr.contains(#"unknown key "weights.tickets_trend""#), "\(r.stderr)")
  }
}
