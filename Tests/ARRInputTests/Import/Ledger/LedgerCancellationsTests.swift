import ARRCore
import Testing

@testable import ARRInput

/// A ledger's cancel flag (``LedgerCancellations``; `docs/import.md`, "Cancel flag"; session 20,
/// lead; trial 18a, K2: KKBox's `is_cancel` was ignored).
@Suite struct LedgerCancellationsTests {
  /// KKBox's layout (its `transactions_v2.csv` header, `msno` renamed `customer_id`, amounts
  /// `amount`, the transaction and expiry dates as the service period):
  /// - A pays 30-day plans, none flagged: no cancel date;
  /// - B's one (latest) line, 2016-11-18 to 2017-05-17, is flagged: B leaves 2017-05-17;
  /// - C's flagged line (2017-01-05) is followed by a later one (2017-02-05): paid again, not
  ///   read;
  /// - D's latest line says `maybe`: not yes/no, read as not cancelled;
  /// - E, like C, cancelled (2016-12-01) and paid again (2017-01-01): 2 flagged lines not read,
  ///   beside 1 read (so the counts cannot pass by the undone lines being the read ones).
  /// As of 2017-02 (the latest period start, C's).
  static let kkbox = """
    customer_id,payment_method_id,payment_plan_days,plan_list_price,amount,is_auto_renew,service_start,service_end,is_cancel
    A,41,30,149,149,1,20170101,20170130,0
    A,41,30,149,149,1,20170131,20170301,0
    B,37,180,699,699,0,20161118,20170517,1
    C,40,30,149,149,0,20170105,20170204,1
    C,40,30,149,149,1,20170205,20170306,0
    D,40,30,149,149,1,20170120,20170218,maybe
    E,41,30,149,149,0,20161201,20161230,1
    E,41,30,149,149,1,20170101,20170130,0
    """

  @Test func theLatestFlaggedLineIsTheCancelDate() throws {
    let imported = try Importer.read(
      [Importer.SourceFile(name: "kkbox.csv", bytes: Array(Self.kkbox.utf8))])
    #expect(imported.asOf == Month(year: 2017, month: 2))
    let b = try #require(imported.account("B"))
    #expect(b.cancelDate == CivilDate(year: 2017, month: 5, day: 17))
    #expect(b.inferred.contains(.cancelDate))
    for id in ["A", "C", "D", "E"] {
      #expect(try #require(imported.account(id)).cancelDate == nil)
    }
    #expect(
      imported.log.notes.contains(
        "kkbox.csv: \"is_cancel\": the latest line of 1 account is flagged cancelled: each "
          + "leaves when that line's service ends, read as its cancel date (the cancellation "
          + "signal in its score; e.g. \"B\", 2017-05-17); 2 lines flagged cancelled are "
          + "followed by a later line of their account (paid again): not read as cancellations; "
          + "1 cell is not yes/no (e.g. \"maybe\" on line 7): read as not cancelled"))
    #expect(imported.log.files[0].recognisedColumns.contains("cancel_flag: is_cancel"))
    #expect(!imported.log.files[0].ignoredColumns.contains("is_cancel"))
    let company = try imported.company().company
    let account = try #require(company.accounts.first { $0.id == "B" })
    #expect(account.cancelDate == CivilDate(year: 2017, month: 5, day: 17))
  }

  /// Without the column nothing is read or said; a given cancel date is never replaced (the
  /// rule only fills an unknown one).
  @Test func noColumnNoNote() throws {
    let text = """
      customer_id,amount,service_start,service_end
      B,699,20161118,20170517
      """
    let imported = try Importer.read(
      [Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
    #expect(try #require(imported.account("B")).cancelDate == nil)
    #expect(!imported.log.notes.contains { $0.contains("flagged cancelled") })
  }

  /// Yes/no words, and 1 or 0 with zero decimals (pandas' floats, trial 20 H1); anything else,
  /// `2` and `1.5` included, is no answer.
  @Test(arguments: [
    ("1", true), ("Y", true), ("TRUE", true), ("1.0", true), ("1.", true), ("1.00", true),
    ("0", false), ("n", false), ("0.0", false), ("False", false),
  ])
  func flagsRead(text: String, says: Bool) {
    #expect(LedgerReader.yesNo(text) == says)
  }

  @Test(arguments: ["", "2", "1.5", "10.0", ".0", "0.01", "maybe", "1.0.0"])
  func notFlags(text: String) {
    #expect(LedgerReader.yesNo(text) == nil)
  }
}
