import ARRCore
import Testing

@testable import ARRInput

/// A Chargebee data export's `Subscriptions.csv` (fifteenth session's trial): every header
/// carries its table's name (`subscriptions.customer_id`, `customers.id`), `start_date` is blank
/// unless a subscription was scheduled, statuses are written `Active`, `Non Renewing`,
/// `Cancelled`, `Future`. It was "shape not recognised"; without its prefixes, `Non Renewing`
/// was an unread status whose end read as churn, a `Future` start put the as-of month in the
/// future, and a cancelled subscription at `mrr` 0 was an account that never paid, silently.
@Suite struct ChargebeeExportTests {
  /// The export's columns, as a Chargebee site writes them (a subset), on five subscriptions.
  static let export = """
    subscriptions.id,subscriptions.customer_id,subscriptions.plan_id,subscriptions.status,\
    subscriptions.start_date,subscriptions.started_at,subscriptions.current_term_start,\
    subscriptions.current_term_end,subscriptions.cancelled_at,subscriptions.mrr,\
    subscriptions.currency_code,customers.id,customers.email,customers.company
    sub_1,cus_1,pro,Active,,2025-01-10 09:00:00,2025-06-10 09:00:00,2025-07-10 09:00:00,,100.00,USD,cus_1,a@acme.io,Acme
    sub_2,cus_2,pro,Non Renewing,,2025-02-01 09:00:00,2025-06-01 09:00:00,2025-07-01 09:00:00,2025-07-01 09:00:00,200.00,USD,cus_2,b@beta.io,Beta
    sub_3,cus_3,pro,Cancelled,,2025-01-05 09:00:00,,,2025-04-05 09:00:00,0,USD,cus_3,c@gamma.io,Gamma
    sub_4,cus_4,team,Active,2025-06-03 00:00:00,2025-06-03 09:00:00,2025-06-03 09:00:00,2025-07-03 09:00:00,,300.00,USD,cus_4,d@delta.io,Delta
    sub_5,cus_5,team,Future,2025-09-01 00:00:00,,,,,300.00,USD,cus_5,e@eps.io,Eps
    """

  static func read() throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "Subscriptions.csv", bytes: Array(export.utf8))])
  }

  /// The header is read without its prefixes, and a note says so.
  @Test func theHeaderIsReadWithoutItsTablesNames() throws {
    let c = try Self.read()
    #expect(c.log.files[0].shape == .subscriptions)
    let note = try #require(c.log.notes.first { $0.contains("carry their table's name") })
    #expect(note.contains("(\"subscriptions.\"…, as Chargebee's data exports write them)"))
    #expect(note.contains("(\"subscriptions.id\" as \"id\")"))
    #expect(note.contains("the columns of \"customers.\" keep their table's name in the singular"))
    #expect(note.contains("(\"customers.id\" as \"customer id\")"))
  }

  /// As of June 2025, the latest start of a subscription that has started (sub_4, 2025-06-03;
  /// sub_5's 2025-09-01 is scheduled). By hand, whole months from each start's month: cus_1
  /// 100 from January, cus_2 200 from February through June (its end, 2025-07-01, bills no July),
  /// cus_4 300 in June: headline MRR 600.
  @Test func monthsAreBilledFromTheStartedDates() throws {
    let c = try Self.read()
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.mrrRow("cus_1") == Array(repeating: 10_000, count: 6))
    #expect(c.mrrRow("cus_2") == [0, 20_000, 20_000, 20_000, 20_000, 20_000])
    #expect(c.mrrRow("cus_4") == [0, 0, 0, 0, 0, 30_000])
    let note = try #require(c.log.notes.first { $0.contains("no start under") })
    #expect(
      note.contains(
        "3 rows have no start under \"start_date\": read from \"started_at\" (line 2 first)"))
    #expect(!c.log.files[0].ignoredColumns.contains("started_at"))
  }

  /// `Non Renewing` runs to its end and will not renew: notice given, its end the cancellation
  /// date, not the next renewal a running status's end within a month would be (review 13,
  /// F21's rule); and no status goes unread.
  @Test func nonRenewingIsNoticeGiven() throws {
    let c = try Self.read()
    let beta = try #require(c.accounts.first { $0.id == "cus_2" })
    #expect(beta.cancelDate == CivilDate(year: 2025, month: 7, day: 1))
    let acme = try #require(c.accounts.first { $0.id == "cus_1" })
    #expect(acme.cancelDate == nil)
    #expect(acme.name == "Acme")
    #expect(!c.log.notes.contains { $0.contains("a status the reader does not read") })
  }

  /// The cancelled subscription priced 0 beside priced ones is said: its revenue before it
  /// ended, and its churn, may be missing.
  @Test func aCancelledSubscriptionPricedZeroIsAFinding() throws {
    let c = try Self.read()
    #expect(c.mrrRow("cus_3").allSatisfy { $0 == 0 })
    let finding = try #require(c.log.findings.first { $0.contains("a price of 0") })
    #expect(
      finding.contains(
        "1 subscription has an end and a price of 0 under \"mrr\" (\"cus_3\" on line 4, ended "
          + "2025-04-05) beside priced ones"))
    #expect(finding.contains("its revenue and its churn are not in this data"))
  }

  /// Which headers are `<table>.<column>`, and the singular of a table's name.
  @Test(
    arguments: [
      ("subscriptions.customer_id", "subscriptions", "customer_id"),
      ("customers.id", "customers", "id"),
      ("Jan.2024", nil, nil), ("No. of seats", nil, nil), ("1.5", nil, nil),
      ("a.b.c", nil, nil), ("mrr", nil, nil), (".id", nil, nil), ("invoices.", nil, nil),
    ] as [(String, String?, String?)])
  func prefixedCells(cell: String, table: String?, column: String?) {
    let split = TablePrefixes.split(cell)
    #expect(split?.table == table)
    #expect(split?.column == column)
  }

  @Test(arguments: [
    ("customers", "customer"), ("addresses", "address"), ("companies", "company"),
    ("invoices", "invoice"), ("boxes", "box"), ("class", "class"), ("plan", "plan"),
  ])
  func singular(table: String, expected: String) {
    #expect(TablePrefixes.singular(table) == expected)
  }

  /// A header is prefixed when at least 3 cells, and at least half of the non-empty ones, are;
  /// under that, the unprefixed columns are the main table's and a joined table's `id` is read
  /// as that table's id in the singular, the other prefixed cells left as they are (trial 22,
  /// T22-21: GoCardless' `customers.id` beside 9 unprefixed columns was no customer).
  @Test func fewPrefixedCellsLeaveTheHeaderAsItIsButAJoinedID() {
    #expect(TablePrefixes.strip(["a.x", "a.y", "customer", "mrr"]) == nil)
    #expect(TablePrefixes.strip(["a.x", "a.y", "a.z", "m", "n", "o", "p"]) == nil)
    let joined = TablePrefixes.strip(["customers.id", "customers.email", "m", "n", "o", "p"])
    #expect(joined?.main == "")
    #expect(joined?.cells == ["customer id", "customers.email", "m", "n", "o", "p"])
    let stripped = TablePrefixes.strip(["a.x", "b.id", "b.y", "a.z", "a.w", "m"])
    #expect(stripped?.main == "a")
    #expect(stripped?.cells == ["x", "b id", "b y", "z", "w", "m"])
    // A tie goes to the table named first.
    #expect(TablePrefixes.strip(["b.x", "a.y", "a.z", "b.w"])?.main == "b")
  }

  /// A Chargebee data export's `Invoices.csv` (prefixed, a ledger once read without them):
  /// `recurring` false is a one-off charge, and `Payment Due` is an unpaid invoice.
  static let invoices = """
    invoices.id,invoices.customer_id,invoices.recurring,invoices.status,invoices.date,\
    invoices.currency_code,invoices.total,invoices.amount_paid,customers.id,customers.company
    1001,cus_1,true,Paid,2025-01-10,USD,108.00,108.00,cus_1,Acme
    1002,cus_2,true,Paid,2025-02-01,USD,200.00,200.00,cus_2,Beta
    1003,cus_1,true,Paid,2025-02-10,USD,108.00,108.00,cus_1,Acme
    1004,cus_2,true,Paid,2025-03-01,USD,200.00,200.00,cus_2,Beta
    1005,cus_1,true,Paid,2025-03-10,USD,108.00,108.00,cus_1,Acme
    1006,cus_2,true,Payment Due,2025-04-01,USD,200.00,0.00,cus_2,Beta
    1007,cus_1,true,Paid,2025-04-10,USD,108.00,108.00,cus_1,Acme
    1008,cus_3,false,Paid,2025-04-15,USD,500.00,500.00,cus_3,Gamma
    """

  /// By hand: cus_1 108 a month January–April, cus_2 200 February–April (April's unpaid, still
  /// billed), cus_3's 500 one-time in April and no MRR: headline MRR 308, not 308 + 500 spread
  /// as a term's payment (it was: ARR $2,000 more).
  @Test func invoicesTypeOneOffChargesByTheRecurringFlag() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "Invoices.csv", bytes: Array(Self.invoices.utf8))
    ])
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.asOf == Month(year: 2025, month: 4))
    #expect(c.mrrRow("cus_1") == [10_800, 10_800, 10_800, 10_800])
    #expect(c.mrrRow("cus_2") == [0, 20_000, 20_000, 20_000])
    #expect(c.mrrRow("cus_3") == [0, 0, 0, 0])
    #expect(c.oneTimeRow("cus_3") == [0, 0, 0, 50_000])
    // `customers.company` names the customer.
    #expect(c.accounts.map(\.name) == ["Acme", "Beta", "Gamma"])
    #expect(
      c.log.notes.contains {
        $0.contains(
          "8 lines typed by \"recurring\" (no type column says otherwise): 7 recurring, 1 one-time")
      })
    #expect(
      c.log.findings.contains {
        $0.contains("1 invoice line ($200.00 in all) is not paid (\"Payment Due\" on line 7)")
      })
  }

  /// The flag's words: yes/no, true/false, 1/0, y/n, t/f; anything else says nothing.
  @Test(
    arguments: [
      ("true", true), ("Yes", true), ("1", true), ("T", true), ("false", false), ("no", false),
      ("0", false), ("f", false), ("", nil), ("maybe", nil), ("2", nil),
    ] as [(String, Bool?)])
  func recurringFlagWords(text: String, expected: Bool?) {
    #expect(LedgerReader.yesNo(text) == expected)
  }
}
