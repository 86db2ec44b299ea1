import ARRCore
import Testing

@testable import ARRInput

/// A table of MRR movements was refused before session 21 (read as a ledger, its churn was a
/// credit note left out and each expansion an invoice; read as MRR, a negative change made the
/// whole file billings); it is read as a movements log now (``MovementLogTests``).
@Suite struct MRRMovementsTests {
  func refusal(_ text: String, name: String = "movements.csv") -> String? {
    do {
      _ = try importCube(text, name: name)
      return nil
    } catch let error as ARRQualityError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  /// As an MRR tracker exports them: date, customer, type, amount (refused before session 21).
  /// A: 100 from January, +50 in March, churned in May; B: 200 from February, −50 in April.
  @Test func aLedgerShapedMovementsExportIsRead() throws {
    let text = """
      date,customer_id,type,amount
      2024-01-01,A,new_biz,100
      2024-03-01,A,expansion,50
      2024-05-01,A,churn,-150
      2024-02-01,B,new_biz,200
      2024-04-01,B,contraction,-50
      """
    #expect(refusal(text) == nil)
    let c = try importCube(text, name: "movements.csv")
    #expect(c.log.files[0].shape == .movements)
    #expect(c.mrrRow("A") == [10_000, 10_000, 15_000, 15_000, 0])
    #expect(c.mrrRow("B") == [0, 20_000, 20_000, 15_000, 15_000])
  }

  /// The same with a month and an MRR header (a monthly table's): a movements log when an
  /// amount is negative.
  @Test func aMonthlyShapedMovementsExportIsRead() throws {
    let text = """
      month,customer,movement,mrr
      2024-01,A,New Business,100
      2024-02,A,Churn,-100
      """
    let c = try importCube(text, name: "movements.csv")
    #expect(c.log.files[0].shape == .movements)
    #expect(c.mrrRow("A") == [10_000, 0])
  }

  /// A monthly table of MRR levels labelled by movement (no negative amount) is read: its
  /// labels are ignored, its amounts are MRR.
  @Test func levelsLabelledByMovementAreRead() throws {
    let text = """
      month,customer,mrr_type,mrr
      2024-01,A,New,100
      2024-02,A,Expansion,150
      2024-03,A,Churned,0
      """
    // `--as-of` keeps the last month, in which every customer is at 0 (else read as not
    // reached yet: UnreachedMonthsTests).
    let c = try importCube(
      text, options: ImportOptions(asOf: Month(year: 2024, month: 3)), name: "levels.csv")
    #expect(c.mrrRow("A") == [10_000, 15_000, 0])
  }

  /// A table of levels with a lifecycle status and one credit on an active row is levels: a
  /// negative amount signals movements only on a row labelled a loss (review 9, F5: refused).
  /// Under an `mrr` header the credit is a negative MRR at its cell (twelfth session: it made
  /// the table billings); `--lenient` reads the levels with it at zero. A signed contraction is
  /// still a movement.
  @Test func aCreditOnAnActiveRowIsNoMovement() throws {
    let levels = """
      customer,month,status,mrr
      a,2024-01,new,100
      a,2024-02,active,100
      a,2024-03,churned,0
      b,2024-01,new,10
      b,2024-02,active,-5
      """
    let message = refusal(levels, name: "levels.csv")
    #expect(message?.contains("holds MRR movements") == false)
    #expect(message?.contains("1 problem") == true)
    let c = try importCube(
      levels, options: ImportOptions(asOf: Month(year: 2024, month: 3), isLenient: true),
      name: "levels.csv")
    #expect(c.mrrRow("a") == [10_000, 10_000, 0])
    #expect(c.mrrRow("b") == [1_000, 0, 0])
    let movements = """
      month,customer,movement,mrr
      2024-01,A,New Business,100
      2024-02,A,Contraction,-40
      """
    let c2 = try importCube(movements, name: "movements.csv")
    #expect(c2.log.files[0].shape == .movements)
    #expect(c2.mrrRow("A") == [10_000, 6_000])
  }

  /// One kind alone is not a movement table (a plan called Upgrade, a status of churned), and
  /// a ledger whose types are invoice kinds is read as before.
  @Test func oneKindOrInvoiceTypesAreNotMovements() throws {
    #expect(MRRMovements.labels(in: ["Upgrade", "Basic"]) == nil)
    #expect(MRRMovements.labels(in: ["churned", "active"]) == nil)
    #expect(MRRMovements.labels(in: ["Expansion", "Churn"]) == ["Churn", "Expansion"])
    let ledger =
      "date,customer,type,amount\n2024-01-15,A,invoice,100\n2024-02-15,A,credit note,-20\n"
    #expect(refusal(ledger, name: "ledger.csv") == nil)
  }
}
