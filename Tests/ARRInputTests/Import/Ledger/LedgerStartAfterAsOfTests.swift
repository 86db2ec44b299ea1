import ARRCore
import Testing

@testable import ARRInput

/// A ledger account whose every line's service starts after the as-of month has signed and not
/// started: its start date is its first service month, so the report says "start after", as
/// the Stripe export of the same company does, not "never paid" (render review 30, R30-9).
@Suite struct LedgerStartAfterAsOfTests {
  /// As of 2024-06: `a` is billed monthly 2024-01 to 2024-06; `late` is invoiced on 2024-08-01
  /// for a year of service from 2024-08-01; `ahead` is invoiced on 2024-06-20, inside the
  /// window, for a year from 2024-09-01. Their start dates are 2024-08-01 and 2024-09-01, read
  /// from the data (not inferred); `a`'s is left to its revenue, 2024-01-01.
  @Test func aSubscriptionStartingAfterAsOfStartsThen() throws {
    let text = [
      "customer,date,amount,service_start,service_end,description",
      "a,2024-01-01,100.00,2024-01-01,2024-01-31,Plan",
      "a,2024-02-01,100.00,2024-02-01,2024-02-29,Plan",
      "a,2024-03-01,100.00,2024-03-01,2024-03-31,Plan",
      "a,2024-04-01,100.00,2024-04-01,2024-04-30,Plan",
      "a,2024-05-01,100.00,2024-05-01,2024-05-31,Plan",
      "a,2024-06-01,100.00,2024-06-01,2024-06-30,Plan",
      "late,2024-08-01,1200.00,2024-08-01,2025-07-31,Subscription",
      "ahead,2024-06-20,2400.00,2024-09-01,2025-08-31,Subscription",
    ].joined(separator: "\n")
    let imported = try Importer.read(
      [Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 6)))
    #expect(try #require(imported.account("late")).startDate == CivilDate("2024-08-01"))
    #expect(try #require(imported.account("ahead")).startDate == CivilDate("2024-09-01"))
    #expect(try #require(imported.account("a")).startDate == nil)
    let company = try imported.company().company
    for (id, start) in [("late", "2024-08-01"), ("ahead", "2024-09-01"), ("a", "2024-01-01")] {
      let account = try #require(company.accounts.first { $0.id == id })
      #expect(account.startDate == CivilDate(start), "\(id)")
      #expect(account.inferred.contains(.startDate) == (id == "a"), "\(id)")
    }
  }
}
