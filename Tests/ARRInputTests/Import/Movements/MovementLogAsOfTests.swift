import ARRCore
import Testing

@testable import ARRInput

/// A movements log's as-of month and size (`docs/import.md`, "MRR movements log", Errors;
/// session 22, review lane): a later `--as-of` carries the levels forward, customers not begun
/// by it are left out, customers × months past the loader's limit are refused before anything
/// is allocated, and a thousands label is read as a monthly table's is.
@Suite struct MovementLogAsOfTests {
  /// A: new 100 in January, +50 in March. B: new 200 in March. C: new 30 in February, gone
  /// in March. Last movement 2024-03.
  static let log = """
    date,customer,type,mrr_change
    2024-01-10,A,new,100
    2024-03-05,B,new,200
    2024-02-12,C,new,30
    2024-03-20,A,expansion,50
    2024-03-25,C,churn,-30
    """

  func failure(_ text: String, options: ImportOptions, name: String) -> ARRQualityError? {
    do {
      _ = try importCube(text, options: options, name: name)
      return nil
    } catch let error as ARRQualityError {
      return error
    } catch {
      Issue.record("\(error)")
      return nil
    }
  }

  /// `--as-of 2024-05`, two months after the last movement: A 150 and B 200 carried through
  /// April and May (it was refused: "every account would show no revenue").
  @Test func aLaterAsOfCarriesTheLevelsForward() throws {
    let c = try importCube(
      Self.log, options: ImportOptions(asOf: Month(year: 2024, month: 5)), name: "movements.csv")
    #expect(c.asOf == Month(year: 2024, month: 5))
    #expect(c.mrrRow("A") == [10_000, 10_000, 15_000, 15_000, 15_000])
    #expect(c.mrrRow("B") == [0, 0, 20_000, 20_000, 20_000])
    #expect(c.mrrRow("C") == [0, 3_000, 0, 0, 0])
    #expect(
      c.log.notes.contains {
        $0.contains(
          "through 2024-05 (--as-of: the log's last movement is in 2024-03, the levels carried "
            + "forward)")
      })
    #expect(!c.log.findings.contains { $0.contains("does not tie out") })
  }

  /// The months carried past the log's last movement are a finding, not only a note (trial 30,
  /// T30-19: `--as-of 2030-12` on a log ending 2024-04 reported payments in 2029 as facts).
  @Test func monthsCarriedPastTheLogAreAFinding() throws {
    let c = try importCube(
      Self.log, options: ImportOptions(asOf: Month(year: 2024, month: 5)), name: "movements.csv")
    #expect(
      c.log.findings.contains {
        $0.hasPrefix(
          "movements.csv: the log's last movement is in 2024-03, 2 months before the as-of "
            + "month 2024-05 (--as-of): the levels are carried forward")
          && $0.hasSuffix("--as-of 2024-03 reads what the log shows")
      })
    let plain = try importCube(Self.log, name: "movements.csv")
    #expect(!plain.log.findings.contains { $0.contains("the log's last movement") })
  }

  /// `--as-of 2024-02`: B's only movement is in March, so B was no customer yet: left out, not
  /// an account at $0; its row is read and used.
  @Test func aCustomerNotBegunByTheAsOfMonthIsLeftOut() throws {
    let c = try importCube(
      Self.log, options: ImportOptions(asOf: Month(year: 2024, month: 2)), name: "movements.csv")
    #expect(c.accounts.map(\.id) == ["A", "C"])
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.mrrRow("C") == [0, 3_000])
    #expect(c.log.files[0].rowsRead == 5 && c.log.files[0].rowsUsed == 5)
    #expect(
      c.log.notes.contains(
        "movements.csv: 1 customer whose movements all come after the as-of month 2024-02 "
          + "(\"B\" on line 3): not a customer yet at as-of, left out"))
  }

  /// 3 customers × 3 months is 9 cells: refused under a limit of 8, in the loader's words, for
  /// a movements log and a monthly table alike; read under a limit of 9.
  @Test func customersTimesMonthsPastTheLimitAreRefused() throws {
    var options = ImportOptions()
    options.maximumCells = 8
    #expect(
      failure(Self.log, options: options, name: "movements.csv")?.message
        == "movements.csv: 3 accounts × months 2024-01 to 2024-03 is too large (at most 8 cells)")
    let table = "customer_id,month,mrr\nA,2024-01,100\nB,2024-03,200\nC,2024-02,30\n"
    #expect(
      failure(table, options: options, name: "rev.csv")?.message
        == "rev.csv: 3 accounts × months 2024-01 to 2024-03 is too large (at most 8 cells)")
    options.maximumCells = 9
    #expect(failure(Self.log, options: options, name: "movements.csv") == nil)
    #expect(failure(table, options: options, name: "rev.csv") == nil)
  }

  /// A title saying thousands stops a movements log as it stops a monthly table; with
  /// `--amounts thousands`, A's 100 is 100,000.00 a month.
  @Test func aThousandsLabelIsReadAsAMonthlyTablesIs() throws {
    let titled = "MRR movements (USD 000s)\n" + Self.log
    let error = try #require(failure(titled, options: ImportOptions(), name: "movements.csv"))
    #expect(error.message.contains("says the amounts are in thousands"))
    let c = try importCube(
      titled, options: ImportOptions(amounts: .thousands), name: "movements.csv")
    #expect(c.mrrRow("A") == [10_000_000, 10_000_000, 15_000_000])
  }
}
