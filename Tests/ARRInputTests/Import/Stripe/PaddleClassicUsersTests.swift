import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Paddle Classic's subscription users export (trial 41, T41-8: refused with the advice to
/// rename `next_payment_amount` "monthly price", which read a yearly $490 plan as $490 a
/// month; `docs/import.md`, "Paddle Classic").
@Suite struct PaddleClassicUsersTests {
  static let header =
    "subscription_id,plan_id,user_id,user_email,state,signup_date,last_payment_amount,"
    + "last_payment_currency,last_payment_date,next_payment_amount,next_payment_currency,"
    + "next_payment_date,paused_at,paused_from,update_url,cancel_url"

  static func read(_ rows: [String]) throws -> ImportedCompany {
    let text = ([header] + rows).joined(separator: "\n")
    return try Importer.read([
      Importer.SourceFile(name: "subscription_users.csv", bytes: Array(text.utf8))
    ])
  }

  /// Trial 41's f13 in small. By hand at 2025-06: Acme 49 + Bolt 490 ÷ 12 (its payments 12
  /// months apart) + Cato 49 (past due) = 138.83 a month; Eris paused (0), Dune in trial (0),
  /// Fox deleted (paid through 2025-03-09). ARR 1,665.96.
  @Test func pricesArePerTheIntervalBetweenPayments() throws {
    let c = try Self.read([
      "1001,501,9001,ops@acme.io,active,2024-08-03 10:11:12,49.00,USD,2025-06-03,49.00,USD,2025-07-03,,,u,c",
      "1002,502,9002,ap@bolt.io,active,2024-11-20 08:00:00,490.00,USD,2024-11-20,490.00,USD,2025-11-20,,,u,c",
      "1003,501,9003,fin@cato.io,past_due,2025-01-15 12:00:00,49.00,USD,2025-05-15,49.00,USD,2025-06-15,,,u,c",
      "1004,501,9004,hi@dune.io,trialing,2025-06-20 09:00:00,,,,49.00,USD,2025-07-04,,,u,c",
      "1005,501,9005,me@eris.io,paused,2024-09-01 09:00:00,49.00,USD,2025-04-01,,,,2025-04-20,2025-05-01,u,c",
      "1006,501,9006,fox@fox.io,deleted,2024-07-10 09:00:00,49.00,USD,2025-02-10,,,,,,u,c",
    ])
    #expect(c.asOf == Month(year: 2025, month: 6))
    let arr = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] } * 12
    #expect(arr == 166_596)
    #expect(c.mrrRow("9006").last == 0)
    #expect(c.mrrRow("9006")[Month(year: 2025, month: 3).months(since: c.firstMonth)] == 4_900)
    let note = try #require(c.log.notes.first { $0.contains("Paddle Classic") })
    #expect(note.contains("(5 rows monthly, 1 row annual)"))
    #expect(
      note.contains("not read: subscription_id, paused_at, paused_from, update_url, cancel_url"))
  }

  /// A row whose plan no row dates (a deleted subscription of a plan seen nowhere else) is
  /// refused naming its line and what is missing, never priced as monthly.
  @Test func anUndatedIntervalIsAProblem() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try Self.read([
        "1001,501,9001,a@a.io,active,2024-08-03,49.00,USD,2025-06-03,49.00,USD,2025-07-03,,,u,c",
        "1006,777,9006,f@f.io,deleted,2024-07-10,490.00,USD,2025-02-10,,,,,,u,c",
      ])
    }
    let problem = try #require(error.problems.first)
    #expect(problem.line == 3)
    #expect(problem.message.hasPrefix("no payment interval"))
    #expect(problem.message.contains("plan \"777\""))
  }

  @Test(
    arguments: [
      ("2025-01-31", "2025-02-28", 1), ("2024-11-20", "2025-11-20", 12),
      ("2025-01-15", "2025-04-15", 3),
      ("2025-01-15", "2025-01-29", nil), ("2025-01-15", "2025-02-25", nil),
    ] as [(String, String, Int?)])
  func wholeMonthsBetweenPayments(from: String, to: String, months: Int?) throws {
    let a = try #require(CivilDate(from))
    let b = try #require(CivilDate(to))
    #expect(PaddleClassicUsers.months(from: a, to: b) == months)
  }
}
