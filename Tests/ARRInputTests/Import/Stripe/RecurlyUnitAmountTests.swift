import ARRCore
import Testing

@testable import ARRInput

/// Recurly's subscriptions export (trial 48, T48-28 and T48-29): `unit_amount` written `147.00`
/// per `plan_interval_length` × `plan_interval_unit`, times `quantity`. Before, the interval was
/// unread (refused, asking for a "billing cycle" column), and once one was added the prices read
/// as cents "because the header says so": headline 100 times low; a `future` row with no
/// `activated_at` stopped the run.
@Suite struct RecurlyUnitAmountTests {
  static let header =
    "account_code,plan_code,plan_interval_length,plan_interval_unit,quantity,unit_amount,"
    + "currency,state,activated_at,current_period_started_at,current_period_ends_at"

  /// acme 3 × 147.00 a month; beta 297.00 a quarter; gamma 2 × 2,988.00 a year; delta not yet
  /// started (no `activated_at`).
  static func export(_ prices: [String]) -> String {
    """
    \(header)
    acme,plan-1m,1,months,3,\(prices[0]),USD,active,2026-01-01T10:00:00Z,2026-11-01T10:00:00Z,2026-12-01T10:00:00Z
    beta,plan-3m,3,months,1,\(prices[1]),USD,active,2026-02-01T10:00:00Z,2026-11-01T10:00:00Z,2027-02-01T10:00:00Z
    gamma,plan-12m,12,months,2,\(prices[2]),USD,active,2026-03-01T10:00:00Z,2026-03-01T10:00:00Z,2027-03-01T10:00:00Z
    delta,plan-1m,1,months,1,\(prices[0]),USD,future,,,

    """
  }

  func read(
    _ text: String, options: ImportOptions = ImportOptions(asOf: Month(year: 2026, month: 11))
  )
    throws -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions_export.csv", bytes: Array(text.utf8))],
      options: options)
  }

  /// By hand, a month at 2026-11: acme 3 × 147 = 441.00; beta 297 ÷ 3 = 99.00; gamma
  /// 2 × 2,988 ÷ 12 = 498.00. Prices written with two decimals are major units, whatever the
  /// API's name implies, and the note says the header was overruled; delta is skipped, not an
  /// error, and rows read = used + skipped.
  @Test func twoDecimalsOverruleTheHeaderAndTheIntervalIsTheCycle() throws {
    let c = try read(Self.export(["147.00", "297.00", "2988.00"]))
    #expect(c.mrrRow("acme").last == 44_100)
    #expect(c.mrrRow("beta").last == 9_900)
    #expect(c.mrrRow("gamma").last == 49_800)
    #expect(!c.accounts.contains { $0.id == "delta" })
    #expect(
      c.log.notes.contains {
        $0.contains("the header \"unit_amount\" is a billing API's name for an amount in cents")
          && $0.contains("e.g. \"147.00\" on line 2") && $0.contains("read as major units")
      })
    #expect(!c.log.notes.contains { $0.contains("because the header \"unit_amount\" says so") })
    let f = c.log.files[0]
    #expect(f.skipped[.notStarted] == 1)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// The hostile twin: the same prices under names none of Recurly's, whole numbers (`14700`,
  /// as Stripe's API writes `unit_amount`) stay in cents as the header says: the same figures,
  /// and no overruling note (beside Recurly's own columns whole numbers are its major units:
  /// ``ReviewFiftySubscriptionTests``).
  @Test func wholeNumbersStayCents() throws {
    let stripe = Self.export(["14700", "29700", "298800"]).replacingOccurrences(
      of: Self.header,
      with: "customer_id,plan_id,billing_interval_count,billing_interval,quantity,unit_amount,"
        + "currency,status,start_date,period_start,period_end")
    let c = try read(stripe)
    #expect(c.mrrRow("acme").last == 44_100)
    #expect(c.mrrRow("gamma").last == 49_800)
    #expect(c.log.notes.contains { $0.contains("because the header \"unit_amount\" says so") })
    #expect(!c.log.notes.contains { $0.contains("is a billing API's name for an amount") })
  }

  /// A header that names cents in words (`mrr_cents`) is not overruled by cells written with
  /// two decimals: `4900.00` there is 4,900 cents, $49.00.
  @Test func aHeaderNamingCentsInWordsHolds() throws {
    let c = try read(
      """
      customer_id,start_date,mrr_cents
      acme,2026-01-01,4900.00
      """)
    #expect(c.mrrRow("acme").last == 4_900)
    #expect(!c.log.notes.contains { $0.contains("is a billing API's name for an amount") })
  }

  /// A `billing cycle` column added by hand beside the interval's count and unit: the count and
  /// unit are read together, never the unit with the words ("quarterly" "months").
  @Test func aCycleInWordsBesideTheIntervalIsNoError() throws {
    let cycles = ["billing cycle", "monthly", "quarterly", "annual", "monthly"]
    let lines = Self.export(["147.00", "297.00", "2988.00"]).split(separator: "\n")
    let text = lines.indices.map { i in String(lines[i]) + "," + cycles[i] }
      .joined(separator: "\n")
    let c = try read(text)
    #expect(c.mrrRow("beta").last == 9_900)
    #expect(c.mrrRow("gamma").last == 49_800)
  }

  /// A refusal never asks for a rename that reads the prices 100 times off: without any cycle
  /// column, `unit_amount` written `147.00` is not called cents (no `mrr_cents`), nor beside
  /// Recurly's own columns written `14700` (review 50, R50-38); without them, written `14700`, it
  /// still is.
  @Test func theRefusalKeepsTheCellsUnit() throws {
    let decimals = """
      account_code,unit_amount,state,activated_at
      acme,147.00,active,2026-01-01T10:00:00Z

      """
    let e1 = try #require(throws: ARRQualityError.self) { try read(decimals) }
    #expect(!e1.message.contains("mrr_cents"))
    #expect(!e1.message.contains("in cents as its header says"))
    let whole = decimals.replacingOccurrences(of: "147.00", with: "14700")
    let e2 = try #require(throws: ARRQualityError.self) { try read(whole) }
    #expect(!e2.message.contains("mrr_cents"))
    let stripe = whole.replacingOccurrences(
      of: "account_code,unit_amount,state,activated_at",
      with: "customer,unit_amount,status,start_date")
    let e3 = try #require(throws: ARRQualityError.self) { try read(stripe) }
    #expect(e3.message.contains("mrr_cents"))
  }
}
