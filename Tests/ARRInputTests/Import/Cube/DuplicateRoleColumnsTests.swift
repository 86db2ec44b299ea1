import ARRCore
import Testing

@testable import ARRInput

/// Two columns of one name where the importer reads one (trial 30, T30-4): refused at the
/// second, naming the first and what it is read as, as the folder loader refuses a duplicate
/// column; before, the first was read and the second listed only as ignored.
@Suite struct DuplicateRoleColumnsTests {
  static func message(_ text: String, name: String) -> String? {
    do {
      _ = try importCube(text, name: name)
      return nil
    } catch {
      return (error as? ARRQualityError)?.message ?? "\(error)"
    }
  }

  @Test func twoAmountColumnsOfOneNameAreRefused() {
    let text = "customer_id,month,mrr,mrr\nA,2024-01,100,5\nA,2024-02,100,5\n"
    #expect(
      Self.message(text, name: "monthly.csv")
        == "monthly.csv:1:4: duplicate column \"mrr\" (column 3, of the same name, is read as the "
        + "amount; which of the two holds it is a guess: rename or remove one)")
  }

  /// Names compare as header words: `Customer ID` and `customer_id` are one.
  @Test func twoCustomerColumnsOfOneNameAreRefused() {
    let text = "customer_id,Customer ID,month,mrr\nA,Ax,2024-01,100\nA,Ax,2024-02,100\n"
    #expect(
      Self.message(text, name: "monthly.csv")?.hasPrefix(
        "monthly.csv:1:2: duplicate column \"Customer ID\" (column 1, of the same name, is read "
          + "as the customer id;") == true)
  }

  @Test func aCubesTwoCustomerColumnsAreRefused() {
    let text = "customer,customer,2024-01,2024-02,2024-03\nA,X,100,100,100\nB,Y,5,5,5\n"
    #expect(
      Self.message(text, name: "cube.csv")?.hasPrefix(
        "cube.csv:1:2: duplicate column \"customer\" (column 1, of the same name, is read as the "
          + "customer name;") == true)
  }

  /// Two columns of a name nothing reads are left as they were: listed as ignored.
  @Test func aDuplicateColumnNotReadIsNoProblem() throws {
    let text = "customer_id,month,mrr,notes,notes\nA,2024-01,100,x,y\nA,2024-02,100,,\n"
    let c = try importCube(text, name: "monthly.csv")
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.log.files[0].ignoredColumns == ["notes", "notes"])
  }
}
