import ARRCore
import Testing

@testable import ARRInput

/// A table of MRR movements is refused with what to export instead: read as a ledger, its churn
/// was a credit note left out and each expansion an invoice; read as MRR, a negative change
/// made the whole file billings.
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

  /// As an MRR tracker exports them: date, customer, type, amount (read before as a ledger).
  @Test func aLedgerShapedMovementsExportIsRefused() throws {
    let text = """
      date,customer_id,type,amount
      2024-01-01,A,new_biz,100
      2024-03-01,A,expansion,50
      2024-05-01,A,churn,-150
      2024-02-01,B,new_biz,200
      2024-04-01,B,contraction,-50
      """
    let message = try #require(refusal(text))
    #expect(
      message
        == "movements.csv: column \"type\" holds MRR movements (\"churn\", \"contraction\", "
        + "\"expansion\", \"new_biz\"): each row is a change in a customer's MRR, not an invoice "
        + "or a month's MRR, and read as either every figure would be wrong (a churn as a credit "
        + "note, an expansion as a month's whole revenue); export MRR per customer and month "
        + "instead (a monthly table: customer, month, mrr; or a customer cube)")
  }

  /// The same with a month and an MRR header (a monthly table's): refused when an amount is
  /// negative.
  @Test func aMonthlyShapedMovementsExportIsRefused() throws {
    let text = """
      month,customer,movement,mrr
      2024-01,A,New Business,100
      2024-02,A,Churn,-100
      """
    let message = try #require(refusal(text))
    #expect(message.hasPrefix("movements.csv: column \"movement\" holds MRR movements"))
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
    #expect(refusal(movements)?.contains("holds MRR movements") == true)
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
