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

  /// A folder with monthly.csv and no accounts.csv says so, never "holds no data file", and
  /// the suggested command reads that table (trial 44, T44-10).
  @Test func aFolderWithOnlyMonthlySaysWhatItLacks() throws {
    let folder = scratchFolder("monthly only")
    try "account_id,month,mrr\nA,2026-10,100\nA,2026-11,100\n".write(
      toFile: folder + "/monthly.csv", atomically: true, encoding: .utf8)
    let error = try #require(throws: ARRQualityError.self) {
      try CompanySource.load(paths: [folder])
    }
    #expect(error.kind == .missingInput)
    #expect(!error.message.contains("holds no data file"))
    #expect(
      error.message
        == folder + "/accounts.csv: no such file; " + folder + " has monthly.csv but no "
        + "accounts.csv: a company folder holds both (docs/input.md); to import monthly.csv "
        + "alone as a revenue table, give it as a file: arr-quality analyze '" + folder
        + "/monthly.csv'")
    // The suggestion works: the table alone imports.
    let company = try CompanySource.load(paths: [folder + "/monthly.csv"])
    #expect(company.accountCount == 1)
  }
}
