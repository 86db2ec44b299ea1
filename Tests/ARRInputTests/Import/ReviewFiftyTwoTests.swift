import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRInput

/// Review 52's findings on session 51's lead rules (balances, revenue-type headings, sales
/// labels, pipeline sections, totals rows, the as-of month) and trial 51's cube rows
/// (intercompany, a customer's services row).
@Suite struct ReviewFiftyTwoTests {
  static func read(_ name: String, _ text: String, options: ImportOptions = ImportOptions())
    throws -> ImportedCompany
  {
    try ImportFixtures.read([(name, text)], options: options)
  }

  /// R52-19, R52-34, R52-33, R52-17: a clause of a balance's words alone is the subject
  /// wherever it stands; a clause naming a level of recurring revenue, or words after `ties
  /// to`/`reconciled to`, are no balance; `paid and unpaid` invoices are all invoices; UK and
  /// German receivable words in a tab's name.
  @Test(
    arguments: [
      (
        "Deferred revenue: subscription contracts by customer (month-end balance)", false,
        BookingsLabel.Kind.balance
      ),
      ("Accounts receivable - subscription invoices by customer (month-end)", false, .balance),
      ("MRR - reconciled to deferred revenue balances by customer", false, nil),
      ("Subscription revenue by month – ties to AR ledger by customer", false, nil),
      ("Invoices_by_customer_paid_and_unpaid", true, nil),
      ("Unpaid invoices by customer", false, .balance),
      ("Debtors", true, .balance), ("Offene Posten", true, .balance),
      ("Aged Debtors", true, .balance), ("Debitoren", true, nil),
      ("Deferred revenue release", true, nil),
    ] as [(String, Bool, BookingsLabel.Kind?)])
  func balanceClauses(text: String, isName: Bool, kind: BookingsLabel.Kind?) {
    #expect(BookingsLabel.kind(text, isName: isName) == kind)
  }

  /// R52-22: `Hosting`, `Services` and `Hardware` groups, each customer once, are industries;
  /// `Subscription` beside `Services` is still a revenue type.
  @Test func industryHeadingsAreNoRevenueTypes() {
    let rows = [["Baker", "Crane"], ["Delta", "Evergreen"], ["Fable", "Gala"]]
    let verticals = ["Hosting", "Services", "Hardware"]
    #expect(!RevenueTypeHeading.isEvidence(headings: verticals, all: verticals, rows: rows))
    let types = ["Subscription", "Services"]
    #expect(RevenueTypeHeading.isEvidence(headings: types, all: types, rows: [["A"], ["B"]]))
  }

  /// R52-7, R52-8: a tab or file named `Sales` is a team; a title whose by-clause names revenue
  /// is no sales report; `Income by Contact` and `Facturado por cliente` are.
  @Test(
    arguments: [
      ("Sales", true, false), ("Sales team", true, false),
      ("Sales_by_Customer_Summary", true, true),
      ("Sales & Marketing pack - customer revenue by month", false, false),
      ("Income by Contact", false, true), ("Facturado por cliente 2026", false, true),
      ("Recurring income by customer", false, false), ("Invoices_2026", true, true),
    ])
  func salesLabels(text: String, isName: Bool, says: Bool) {
    #expect(SalesLabel.says(text, isName: isName) == says)
  }

  static let contracts = """
    Customer,Product,ARR,Contract Start,Contract End,Billing
    Pipeline (not signed)
    X-Ray Media,Platform,"$60,000",2026-11-01,2027-10-31,Annual
    Yankee Labs,Platform,"$24,000",2026-12-01,2027-11-30,Annual

    """
  static let signed = """
    Sierra Health,Platform,"$96,000",2025-07-01,2027-06-30,Annual
    Tango Freight,Platform,"$36,000",2026-01-15,2027-01-14,Annual
    Uniform Bank,Platform,"$150,000",2026-05-01,2029-04-30,Annual

    """

  /// R52-21: a repeated header, or a one-cell heading naming no pipeline, ends a pipeline
  /// section; the heading is skipped as one. Three contracts, $282,000.
  @Test(arguments: [
    "Customer,Product,ARR,Contract Start,Contract End,Billing\n", "Signed contracts\n",
  ])
  func aPipelineSectionEndsAtAnotherTable(separator: String) throws {
    let c = try Self.read(
      "ARR_schedule.csv", Self.contracts + separator + Self.signed,
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    #expect(Set(c.accounts.map(\.id)) == ["Sierra Health", "Tango Freight", "Uniform Bank"])
  }

  /// R52-20: a labelled last row equal to the cent to the sum of three rows or more, its label
  /// no company's, is the totals row, with a note; a company's name stays a customer and is
  /// said; under two rows it stays a customer (R51-1).
  @Test(arguments: [
    ("Celkový súčet", 3, 3), ("Totalsum", 3, 3), ("סכום כולל", 3, 3),
    ("Acme Holdings Inc", 3, 4), ("Cobalt", 2, 3),
  ])
  func aLastRowEqualToTheSumAbove(label: String, above: Int, accounts: Int) throws {
    let rows = [("Acme", 1000), ("Beta", 2000), ("Delta", 3000)].prefix(above)
    let sum = rows.reduce(0) { $0 + $1.1 }
    var text = "Customer,Jan-26,Feb-26,Mar-26\n"
    for (name, v) in rows { text += "\(name),\(v),\(v),\(v)\n" }
    text += "\(label),\(sum),\(sum),\(sum)\n"
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == accounts)
    #expect(
      c.log.notes.contains { $0.contains("read as their totals row, though its label") }
        == (accounts == above))
  }

  /// T51-10: an intercompany row is the group's own revenue: left out, with a finding;
  /// `Intercom Inc` and `Intercontinental Hotels` are customers.
  @Test func anIntercompanyRowIsNoCustomer() throws {
    let text = """
      Customer,Jan-26,Feb-26,Mar-26
      Acme Corp,4000,4000,4000
      Intercom Inc,1000,1000,1000
      Intercontinental Hotels,500,500,500
      Tessel UK Ltd (intercompany),10000,10000,10000
      Eliminations,-200,-200,-200

      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(Set(c.accounts.map(\.id)) == ["Acme Corp", "Intercom Inc", "Intercontinental Hotels"])
    #expect(
      c.log.findings.contains {
        $0.contains("2 rows name the group's own revenue (\"Tessel UK Ltd (intercompany)\"")
      })
  }

  /// T51-57: a row named another row's customer and a one-time kind of revenue is that
  /// customer's one-time revenue: 4 accounts (Services Corp has no base customer), recurring
  /// Acme 2,000, Birch 1,500, Cobalt 700, Services Corp 500.
  @Test func aCustomersServicesRowIsItsOneTimeRevenue() throws {
    let text = """
      Customer,Aug-26,Sep-26,Oct-26
      Acme,2000,2000,2000
      Acme - Implementation services,,,4000
      Birch,1500,1500,1500
      Birch (professional services),,1200,800
      Cobalt,700,700,700
      Services Corp,500,500,500
      Cobalt - EMEA,300,300,300

      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(
      Set(c.accounts.map(\.id)) == ["Acme", "Birch", "Cobalt", "Services Corp", "Cobalt - EMEA"])
    #expect(c.mrrRow("Acme").last == 200_000)
    #expect(c.mrrRow("Birch").last == 150_000)
  }

  /// R52-18: a monthly payer's line dated a year after every other line (`2027-10-03`) sets no
  /// as-of month: 2026-10, the line named in a finding. Twins: an annual customer's renewal a
  /// year on, beside monthly payers billed in the same month, moves nothing.
  @Test func aStrayLineSetsNoAsOfMonth() throws {
    var text = "Date,Customer,Description,Amount\n"
    for m in 1...10 {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      if m < 10 { text += "2026-\(mm)-03,Acme,Pro plan (monthly),1000.00\n" }
      text += "2026-\(mm)-05,Beta,Team plan (monthly),500.00\n"
    }
    text += "2027-10-03,Acme,Pro plan (monthly),1000.00\n"
    let c = try Self.read("ledger.csv", text)
    #expect(c.asOf == Month(year: 2026, month: 10))
    // Acme's October is the month its invoices skip: the line is read a year earlier.
    #expect(c.mrrRow("Acme").last == 100_000)
    #expect(
      c.log.findings.contains {
        $0.contains("line 21 is dated 2027-10-03") && $0.contains("read a year earlier")
      })
    // Where no month of the account is missing, the line is named, left out.
    let apart = text.replacingOccurrences(of: "2027-10-03", with: "2027-11-03")
    let b = try Self.read("ledger.csv", apart + "2026-10-03,Acme,Pro plan (monthly),1000.00\n")
    #expect(b.asOf == Month(year: 2026, month: 10))
    #expect(b.log.findings.contains { $0.contains("is a year mistyped?") })
    var annual = "Date,Customer,Description,Amount\n2025-11-02,Acme,Annual plan,12000.00\n"
    for m in [11, 12] { annual += "2025-\(m)-05,Beta,Team plan (monthly),500.00\n" }
    for m in 1...11 {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      annual += "2026-\(mm)-05,Beta,Team plan (monthly),500.00\n"
    }
    annual += "2026-11-02,Acme,Annual plan,12000.00\n"
    let a = try Self.read("ledger.csv", annual)
    #expect(a.asOf == Month(year: 2026, month: 11))
  }

  /// T51-35: rows whose labels say not to count them (superseded, a test account) are left
  /// out with a finding: 3 accounts, 102,000 (c45); `Internal Medicine Associates`, `Sandbox VR
  /// Inc` and `Testa Foods` are customers.
  @Test func rowsSayingNotToCountThemAreLeftOut() throws {
    let text = """
      Customer,Jul-26,Aug-26,Sep-26,Oct-26
      Acme Corp,5000,5000,5500,5500
      "Acme Corp (old - superseded, do not use)",4000,4000,4000,4000
      Birch Ltd,2000,2000,2000,2000
      ZZ Test account (internal),1,1,1,1
      Cobalt,1000,1000,1000,1000
      Internal Medicine Associates,300,300,300,300
      Sandbox VR Inc,200,200,200,200
      Testa Foods,100,100,100,100

      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(
      Set(c.accounts.map(\.id)) == [
        "Acme Corp", "Birch Ltd", "Cobalt", "Internal Medicine Associates", "Sandbox VR Inc",
        "Testa Foods",
      ])
    #expect(c.log.findings.contains { $0.contains("2 rows say not to count them") })
  }
  /// Review 52b's wrong catches: counts in a qualifier or a customer header (R52b-1),
  /// companies named like intercompany words (R52b-2), a steady services retainer (R52b-3), a
  /// `Payments` tab (R52b-6).
  @Test(arguments: [
    "Enterprise customers (100+ seats) - monthly\nCustomer,", "Top 25 logos by month\nCustomer,",
    "MRR by customer (internal test users removed)\nCustomer,", "Users,",
  ])
  func countsOutsideTheSubjectAreNoCounts(head: String) throws {
    let c = try importCube(head + "Jan-26,Feb-26,Mar-26\nAcme,1000,1000,1000\nBeta,500,500,500\n")
    #expect(c.accounts.count == 2)
  }

  @Test func companiesNamedLikeEliminationsAreCustomers() throws {
    let text = """
      Customer,Jan-26,Feb-26,Mar-26
      Interco Trading AG,1000,1000,1000
      I.C. System Inc,1000,1000,1000
      Ecolab Pest Elimination,1000,1000,1000
      I/C recharge UK,500,500,500

      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(
      Set(c.accounts.map(\.id)) == [
        "Interco Trading AG", "I.C. System Inc", "Ecolab Pest Elimination",
      ])
  }

  @Test func aSteadyServicesRowIsARetainer() throws {
    let text = """
      Customer,Jan-26,Feb-26,Mar-26,Apr-26
      Deloitte,2000,2000,2000,2000
      Deloitte - Consulting,3000,3000,3000,3000

      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == 2)
    #expect(SalesLabel.says("Payments", isName: true) == false)
    #expect(SalesLabel.says("Payments received by customer") == true)
  }
}
