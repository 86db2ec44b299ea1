import ARRCore
import Testing

@testable import ARRInput

/// A ledger's notice column (the time auto-renew was turned off, RevenueCat's
/// `unsubscribe_detected_at`, or a `will_renew` no) and refund date column (`refunded_at`)
/// (trial 22, T22-4: both were listed as ignored; 11% of the sample's ARR was said to renew, and
/// refunded periods were revenue).
@Suite struct LedgerNoticeAndRefundTests {
  /// RevenueCat's transactions renamed as its refusal says (`customer_id`, `period_start`,
  /// `period_end`, `amount`), `;`-delimited, one line per paid period, as of 2024-12:
  /// - A pays November and December, no notice;
  /// - B turned auto-renew off during its December period: B leaves 2024-12-31, that period's
  ///   end;
  /// - C's annual period 2024-03-01…2025-02-28 has auto-renew turned off (2024-06-01): C leaves
  ///   2025-02-28;
  /// - D turned it off in October, then paid November and December: the notice was undone;
  /// - E's December charge was refunded (2024-12-03): skipped as refunded, so E's last paid
  ///   month is November;
  /// - F's December line says `yes` where a date belongs: not read, no notice.
  static let revenueCat = """
    customer_id;period_start;period_end;amount;is_sandbox;refunded_at;unsubscribe_detected_at
    A;2024-11-01;2024-11-30;9.99;false;;
    A;2024-12-01;2024-12-31;9.99;false;;
    B;2024-11-01;2024-11-30;9.99;false;;
    B;2024-12-01;2024-12-31;9.99;false;;2024-12-12 08:00:00
    C;2024-03-01;2025-02-28;59.99;false;;2024-06-01 10:00:00
    D;2024-10-01;2024-10-31;9.99;false;;2024-10-20 09:00:00
    D;2024-11-01;2024-11-30;9.99;false;;
    D;2024-12-01;2024-12-31;9.99;false;;
    E;2024-10-01;2024-10-31;9.99;false;;
    E;2024-11-01;2024-11-30;9.99;false;;
    E;2024-12-01;2024-12-31;9.99;false;2024-12-03 11:00:00;
    F;2024-11-01;2024-11-30;9.99;false;;
    F;2024-12-01;2024-12-31;9.99;false;;yes
    """

  static func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "rc.csv", bytes: Array(text.utf8))])
  }

  @Test func autoRenewTurnedOffIsANoticeAtThePeriodsEnd() throws {
    let imported = try Self.read(Self.revenueCat)
    #expect(imported.asOf == Month(year: 2024, month: 12))
    let b = try #require(imported.account("B"))
    #expect(b.cancelDate == CivilDate(year: 2024, month: 12, day: 31))
    #expect(b.inferred.contains(.cancelDate))
    #expect(
      try #require(imported.account("C")).cancelDate == CivilDate(year: 2025, month: 2, day: 28))
    for id in ["A", "D", "E", "F"] {
      #expect(try #require(imported.account(id)).cancelDate == nil)
    }
    let note: String =
      "rc.csv: \"unsubscribe_detected_at\": the latest line of 2 accounts says auto-renew was "
      + "turned off (notice given): each leaves when that line's service ends, read as its "
      + "cancel date (the cancellation signal in its score; e.g. \"B\", 2024-12-31); 1 line "
      + "with auto-renew turned off is followed by a later line of its account (paid "
      + "again): not read as a notice; 1 cell is not a date (e.g. \"yes\" on line 14): read "
      + "as no notice"
    #expect(imported.log.notes.contains(note))
    let columns = imported.log.files[0].recognisedColumns
    #expect(columns.contains("notice_date: unsubscribe_detected_at"))
    #expect(columns.contains("refund_date: refunded_at"))
    #expect(!imported.log.files[0].ignoredColumns.contains("unsubscribe_detected_at"))
  }

  /// E's refunded December line is skipped as refunded (9.99 not revenue), so E bills nothing in
  /// December; the others' December MRR is A 9.99, B 9.99, C 59.99 / 12 (spread by day: 31 of
  /// the period's 365 days, 5.09), D 9.99, F 9.99.
  @Test func aRefundDateVoidsTheLine() throws {
    let imported = try Self.read(Self.revenueCat)
    let n = imported.monthCount
    let e = try #require(imported.accounts.firstIndex { $0.id == "E" })
    #expect(imported.mrr[imported.cell(e, n - 1)] == 0)
    #expect(imported.mrr[imported.cell(e, n - 2)] == 999)
    #expect(imported.log.files[0].skipped[.refunded] == 1)
    #expect(
      imported.log.skipped.contains {
        $0.line == 12
          && $0.reason == "refunded payment: refunded (\"refunded_at\" 2024-12-03 11:00:00)"
      })
    #expect(
      imported.log.notes.contains(
        "rc.csv: 1 line has a date under \"refunded_at\" ($9.99 in all): skipped as refunded, "
          + "as a \"refunded\" status is; the money went back"))
  }

  /// `will_renew` no on an account's latest line is a notice; yes is none.
  @Test func willRenewNoIsANotice() throws {
    let imported = try Self.read(
      """
      customer_id,period_start,period_end,amount,will_renew
      A,2024-11-01,2024-11-30,10,true
      A,2024-12-01,2024-12-31,10,false
      B,2024-12-01,2024-12-31,10,true
      """)
    #expect(
      try #require(imported.account("A")).cancelDate == CivilDate(year: 2024, month: 12, day: 31))
    #expect(try #require(imported.account("B")).cancelDate == nil)
  }

  /// RevenueCat's own header is refused, naming the renames (its columns read as they are).
  @Test func revenueCatsHeaderIsNamedInTheRefusal() throws {
    let text = """
      rc_original_app_user_id;product_identifier;start_time;end_time;is_sandbox;price_in_usd;refunded_at;unsubscribe_detected_at
      $RCAnonymousID:a;pro_monthly;2024-12-01 10:00:00;2025-01-01 10:00:00;false;9.99;;
      """
    #expect {
      _ = try Self.read(text)
    } throws: { error in
      "\(error)".contains(
        "the header is RevenueCat's transactions export: rename \"rc_original_app_user_id\" to "
          + "\"customer_id\", \"start_time\" to \"period_start\", \"end_time\" to \"period_end\", "
          + "\"price_in_usd\" to \"amount\" (one line per paid period, in dollars); its "
          + "\"is_sandbox\", \"refunded_at\" and \"unsubscribe_detected_at\" are read as they are "
          + "(test purchases skipped, refunded lines skipped, auto-renew turned off read as "
          + "notice)")
    }
  }
}
