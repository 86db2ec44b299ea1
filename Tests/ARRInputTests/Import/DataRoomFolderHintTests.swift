import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRInput

/// A folder given as a company that holds data-room files but no `accounts.csv` says to give
/// the files (`docs/import.md`, "Errors"; ``DataRoomFolderHint``): the public RavenStack
/// subscriptions table dropped into a folder and analyzed as one got "accounts.csv: no such
/// file" alone.
@Suite(.scratchFolders) struct DataRoomFolderHintTests {
  @Test func aFolderOfExportsNamesThem() throws {
    let folder = scratchFolder("room")
    let header = "subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount\n"
    try header.write(
      toFile: folder + "/ravenstack_subscriptions.csv", atomically: true, encoding: .utf8)
    try "x".write(toFile: folder + "/.hidden.csv", atomically: true, encoding: .utf8)
    try "x".write(toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
    let error = try #require(throws: ARRQualityError.self) {
      try CompanySource.load(paths: [folder])
    }
    #expect(error.kind == .missingInput)
    #expect(error.message.hasPrefix(folder + "/accounts.csv: no such file; "))
    #expect(
      error.message.hasSuffix(
        "is no company folder (accounts.csv, monthly.csv) but holds ravenstack_subscriptions.csv: "
          + "to import data-room files, give them as files, e.g. arr-quality analyze "
          + folder + "/ravenstack_subscriptions.csv"))
  }

  /// A file name a shell would split (spaces, a parenthesis, an en dash, an emoji) is given in
  /// single quotes, so the suggested command pastes as one argument (session 27, t27b lane;
  /// trial 25, T25-9; ``ShellWord``).
  @Test func theSuggestedPathIsOneShellWord() throws {
    let folder = scratchFolder("room")
    let name = "Kunden MRR – Übersicht 2024 (final) 📈.csv"
    try "Customer,2024-01\nA,1\n".write(
      toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    let error = try #require(throws: ARRQualityError.self) {
      try CompanySource.load(paths: [folder])
    }
    #expect(!folder.contains("'"))
    #expect(error.message.hasSuffix("e.g. arr-quality analyze '" + folder + "/" + name + "'"))
  }

  /// An empty folder says what a folder must hold; a company folder missing its monthly.csv
  /// gets no hint.
  @Test func otherFoldersGetNone() throws {
    let empty = scratchFolder("empty")
    let error = try #require(throws: ARRQualityError.self) {
      try CompanySource.load(paths: [empty])
    }
    #expect(
      error.message
        == empty + "/accounts.csv: no such file; " + empty + " holds no data file: a company "
        + "folder holds accounts.csv and monthly.csv (docs/input.md), and data-room exports are "
        + "given as files (arr-quality analyze FILE)")
    let half = scratchFolder("half")
    try "account_id\nA1\n".write(toFile: half + "/accounts.csv", atomically: true, encoding: .utf8)
    let missing = try #require(throws: ARRQualityError.self) {
      try CompanySource.load(paths: [half])
    }
    #expect(missing.message == half + "/monthly.csv: no such file")
  }
}
