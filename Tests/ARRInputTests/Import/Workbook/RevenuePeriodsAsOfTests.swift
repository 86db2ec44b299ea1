import ARRCore
import Testing

@testable import ARRInput

/// `--as-of` across periods of one history (one file or tab per year): it must fall in the
/// joined company, not in every part (`docs/import.md`, "Several files"; session 25, the t24b
/// lane's leftover of T22-11); and the joined parts' tie-out, every amount read accounted for.
@Suite struct RevenuePeriodsAsOfTests {
  static func read(_ files: [(String, String)], asOf: String) throws -> ImportedCompany {
    try Importer.read(
      files.map { Importer.SourceFile(name: $0.0, bytes: Array($0.1.utf8)) },
      options: ImportOptions(asOf: Month(asOf)))
  }

  static let y2023 = "Customer,2023-10,2023-11,2023-12\nAcme,100,100,100\nBolt,200,200,200\n"
  static let y2024 =
    "Customer,2024-01,2024-02,2024-03\nAcme,120,120,120\nBolt,0,0,0\nCobalt,50,50,50\n"

  /// As of 2024-02, in the later file: 2023 is read whole, 2024 cut after February. By hand
  /// Acme 100, 100, 100, 120, 120; Cobalt from 2024-01.
  @Test func asOfInTheLaterPart() throws {
    for files in [
      [("cube_2023.csv", Self.y2023), ("cube_2024.csv", Self.y2024)],
      [("cube_2024.csv", Self.y2024), ("cube_2023.csv", Self.y2023)],
    ] {
      let c = try Self.read(files, asOf: "2024-02")
      #expect(c.firstMonth == Month(year: 2023, month: 10))
      #expect(c.asOf == Month(year: 2024, month: 2))
      #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 12_000, 12_000])
      #expect(c.mrrRow("Cobalt") == [0, 0, 0, 5_000, 5_000])
      // Source 900 + 2024's January and February 340 = MRR 1,240, + March 170 after as-of.
      let tie = try c.company().log.tieOut
      #expect(tie.isBalanced)
      #expect(tie.afterAsOfCents == 17_000)
    }
  }

  /// As of 2023-11, in the earlier file: 2023 is cut after November and 2024, which starts
  /// after it, is left out with a note; Cobalt (only in 2024) is no customer then.
  @Test func asOfInTheEarlierPart() throws {
    for files in [
      [("cube_2023.csv", Self.y2023), ("cube_2024.csv", Self.y2024)],
      [("cube_2024.csv", Self.y2024), ("cube_2023.csv", Self.y2023)],
    ] {
      let c = try Self.read(files, asOf: "2023-11")
      #expect(c.asOf == Month(year: 2023, month: 11))
      #expect(c.mrrRow("Acme") == [10_000, 10_000])
      #expect(c.mrrRow("Bolt") == [20_000, 20_000])
      #expect(c.account("Cobalt") == nil)
      #expect(
        c.log.notes.contains(
          "cube_2024.csv (2024-01 to 2024-03) starts after --as-of 2023-11: a later period of "
            + "the company's history, left out"))
      // Source 900 + 510 (2024, read whole) = MRR 600 + after as-of 300 (December) + 510.
      let tie = try c.company().log.tieOut
      #expect(tie.isBalanced)
      #expect(tie.afterAsOfCents == 81_000)
    }
  }

  /// Outside every part, refused as a single file is: after the last (2024-05), before the
  /// first (2023-08).
  @Test func asOfOutsideEveryPartIsRefused() throws {
    let files = [("cube_2023.csv", Self.y2023), ("cube_2024.csv", Self.y2024)]
    let after = try #require(throws: ARRQualityError.self) {
      try Self.read(files, asOf: "2024-05")
    }
    #expect(after.kind == .invalidArgument)
    #expect(after.message.hasPrefix("--as-of 2024-05 is after the last month of cube_2024.csv"))
    let before = try #require(throws: ARRQualityError.self) {
      try Self.read(files, asOf: "2023-08")
    }
    #expect(before.message.hasPrefix("--as-of 2023-08 is before the first month of cube_2023.csv"))
  }

  /// A second cube of other customers is no period: `--as-of` outside it is refused as before.
  @Test func aCubeThatIsNoPeriodStillRefuses() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try Self.read(
        [
          ("cube_2023.csv", Self.y2023),
          ("other.csv", "Customer,2024-01,2024-02,2024-03\nXeno,1,1,1\nYara,2,2,2\n"),
        ], asOf: "2023-11")
    }
    #expect(error.message.hasPrefix("--as-of 2023-11 is before the first month of other.csv"))
  }

  /// A month both parts hold (2023-12: Acme 100 and Bolt 200 in each) is read once; its second
  /// copy, 300.00, is left out in the tie-out, which balances: source 900 + 810 = 1,710 = MRR
  /// 1,410 + left out 300 (found by the importer fuzz target's per-year seed: "import does not
  /// tie out (a bug)").
  @Test func anOverlapMonthTiesOut() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "a.csv", bytes: Array(Self.y2023.utf8)),
      Importer.SourceFile(
        name: "b.csv",
        bytes: Array(
          """
          Customer,2023-12,2024-01,2024-02,2024-03
          Acme,100,120,120,120
          Bolt,200,0,0,0
          Cobalt,,50,50,50
          """.utf8)),
    ])
    let tie = try c.company().log.tieOut
    #expect(tie.isBalanced)
    #expect(tie.sourceCents == 171_000)
    #expect(tie.mrrCents == 141_000)
    #expect(tie.leftOutCents == 30_000)
    #expect(
      c.log.notes.contains {
        $0.hasSuffix("their second copy, 300.00, is left out in the tie-out")
      })
  }
}
