import ARRCore
import Testing

@testable import ARRInput

/// `Cancel At Period End = true` on a live subscription is notice given even when the export
/// has no period end: it leaves at the end of the period it is in after the as-of month
/// (``StripeFacts/periodEnd(of:after:)``; trial 44, T44-21: the flag was dropped, the account
/// wavering and the notice column said to be absent).
@Suite struct CancelAtPeriodEndTests {
  /// Stripe's subscriptions export with no current-period columns, as of 2026-11.
  static func read(_ rows: [String]) throws -> ImportedCompany {
    let text =
      "id,Customer ID,Customer Name,Status,Amount,Currency,Interval,Interval Count,Quantity,"
      + "Start Date (UTC),Trial End (UTC),Cancel At Period End,Ended At (UTC)\n"
      + rows.joined(separator: "\n")
    var options = ImportOptions()
    options.asOf = Month(year: 2026, month: 11)
    return try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))], options: options)
  }

  /// Monthly from 2026-02-01: leaves 2026-12-01; annual from 2026-03-15: leaves 2027-03-15;
  /// weekly: by the first day after the as-of month. A note names the reading.
  @Test func theFlagAloneIsNoticeGiven() throws {
    let c = try Self.read([
      "sub_1,cus_m,M,active,149.00,usd,month,1,1,2026-02-01 00:00,,true,",
      "sub_2,cus_y,Y,active,1200.00,usd,year,1,1,2026-03-15 00:00,,true,",
      "sub_3,cus_w,W,active,10.00,usd,week,1,1,2026-01-05 00:00,,true,",
    ])
    func end(_ id: String) -> CivilDate? { c.accounts.first { $0.id == id }?.cancelDate }
    #expect(end("cus_m") == CivilDate(year: 2026, month: 12, day: 1))
    #expect(end("cus_y") == CivilDate(year: 2027, month: 3, day: 15))
    #expect(end("cus_w") == CivilDate(year: 2026, month: 12, day: 1))
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "subscriptions.csv: 3 live subscriptions are set to cancel at period end (\"Cancel At "
            + "Period End\" true) with no period end in the export (\"cus_m\" on line 2)")
      })
  }

  /// The twins: the flag `false` gives no notice; a canceled subscription keeps its end.
  @Test func noFlagOrAnEndedSubscriptionIsNoNotice() throws {
    let c = try Self.read([
      "sub_1,cus_m,M,active,149.00,usd,month,1,1,2026-02-01 00:00,,false,",
      "sub_2,cus_c,C,canceled,149.00,usd,month,1,1,2026-02-01 00:00,,true,2026-09-01 00:00",
    ])
    #expect(c.accounts.first { $0.id == "cus_m" }?.cancelDate == nil)
    #expect(!c.log.notes.contains { $0.contains("set to cancel at period end") })
  }

  /// Joined to invoice lines (review 45b, Z-17): B's flag `true` with no period end is read
  /// as notice and the note says so, as the subscriptions export alone does; A's `false` is no
  /// notice (the twin).
  @Test func theJoinedPathNotesTheFlagRead() throws {
    var lines = [
      "id,Invoice ID,Customer ID,Invoice Created (UTC),Description,Amount,Currency,Quantity,"
        + "Period Start (UTC),Period End (UTC),Proration,Type,Invoice Status"
    ]
    for m in 6...11 {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      let next = m + 1 < 10 ? "0\(m + 1)" : "\(m + 1)"
      for (id, amount) in [("cus_A", "500.00"), ("cus_B", "800.00")] {
        lines.append(
          "il_\(id)_\(m),in_\(id)_\(m),\(id),2026-\(mm)-01 00:00,Pro,\(amount),usd,1,"
            + "2026-\(mm)-01 00:00,2026-\(next)-01 00:00,false,subscription,paid")
      }
    }
    let subs =
      "id,Customer ID,Customer Name,Status,Amount,Currency,Interval,Interval Count,Quantity,"
      + "Start Date (UTC),Trial End (UTC),Cancel At Period End,Ended At (UTC)\n"
      + "sub_A,cus_A,Co A,active,500.00,usd,month,1,1,2026-06-01 00:00,,false,\n"
      + "sub_B,cus_B,Co B,active,800.00,usd,month,1,1,2026-06-01 00:00,,true,\n"
    let c = try Importer.read([
      Importer.SourceFile(
        name: "invoice_line_items.csv", bytes: Array(lines.joined(separator: "\n").utf8)),
      Importer.SourceFile(name: "subscriptions.csv", bytes: Array(subs.utf8)),
    ])
    #expect(
      c.accounts.first { $0.id == "cus_B" }?.cancelDate == CivilDate(year: 2026, month: 12, day: 1))
    #expect(c.accounts.first { $0.id == "cus_A" }?.cancelDate == nil)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "subscriptions.csv: 1 live subscription is set to cancel at period end (\"Cancel At "
            + "Period End\" true) with no period end in the export (\"cus_B\" on line 3)")
      })
  }
}
