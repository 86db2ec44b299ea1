import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 45's regressions of the ledger rules of 754abf75, each a file those rules must not
/// fire on (fixtures: `/work/team/s45/review/`, made here smaller). Each: a book of monthly
/// customers through 2024, read at 2024-12, and hand ARR from its contracts.
@Suite struct LedgerReviewFortyFiveTests {
  /// A 2024 ledger, `header` then `rows(month)` for months 1…12 (documents numbered per row).
  static func ledger(_ header: String, _ rows: (Int) -> [String]) -> String {
    ([header] + (1...12).flatMap { rows($0) }).joined(separator: "\n")
  }

  static func day(_ m: Int, _ d: Int = 1) -> String {
    "2024-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
  }

  /// Y-1: a product named `Balance` equal to the line above it is a line. By hand: Acme 500 +
  /// 500, Bolt 900 a month: $22,800.
  @Test func aProductNamedBalanceIsALine() throws {
    let c = try importLedger(
      Self.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        [
          "A-\(m),\(Self.day(m)),Acme,Focus,500.00", "A-\(m),\(Self.day(m)),Acme,Balance,500.00",
          "B-\(m),\(Self.day(m)),Bolt,Focus,900.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_280_000)
  }

  /// Y-3: an income account named for tax work (`4100 Tax`) is revenue; a liability account
  /// (`2200 Sales Tax Payable`) stays tax. By hand: (1,000 + 250) × 2 a month: $30,000.
  @Test func anIncomeAccountNamedTaxIsRevenue() throws {
    let c = try importLedger(
      Self.ledger("Type,Date,Document Number,Customer,Item,Account,Amount") { m in
        ["Acme", "Bolt"].flatMap { n in
          [
            "Invoice,\(Self.day(m)),\(n)-\(m),\(n),Monthly bookkeeping,4000 Bookkeeping,1000.00",
            "Invoice,\(Self.day(m)),\(n)-\(m),\(n),Monthly tax retainer,4100 Tax,250.00",
          ]
        }
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_000_000)
    #expect(!LedgerReader.isLiabilityAccount("4100 Tax"))
    #expect(LedgerReader.isLiabilityAccount("22000 Sales Tax Payable"))
  }

  /// Y-8: item codes `TPS` and `MVA` (products) are lines. By hand: Acme 1,000 + 200, Bolt
  /// 900 + 180 a month: $27,360.
  @Test func itemCodesSpellingTaxAcronymsAreLines() throws {
    let c = try importLedger(
      Self.ledger("Invoice Number,Invoice Date,Customer,Item,Amount") { m in
        [
          "A-\(m),\(Self.day(m)),Acme,PLAT,1000.00", "A-\(m),\(Self.day(m)),Acme,TPS,200.00",
          "B-\(m),\(Self.day(m)),Bolt,PLAT,900.00", "B-\(m),\(Self.day(m)),Bolt,MVA,180.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_736_000)
  }

  /// Y-2: QuickBooks writes each invoice's own row first, its memo blank, holding the total:
  /// not a line. W-11's twin (a blank memo last, equal to two equal seats) stays a line
  /// (MemoBlankLineTests). By hand: Acme 1,000 + 500, Bolt 900 a month: $28,800.
  @Test func anInvoicesOwnRowWrittenFirstIsItsTotal() throws {
    let c = try importLedger(
      Self.ledger("Date,Transaction Type,Num,Customer,Memo/Description,Amount") { m in
        [
          "\(Self.day(m)),Invoice,A-\(m),Acme,,1500.00",
          "\(Self.day(m)),Invoice,A-\(m),Acme,Platform subscription,1000.00",
          "\(Self.day(m)),Invoice,A-\(m),Acme,Analytics add-on,500.00",
          "\(Self.day(m)),Invoice,B-\(m),Bolt,,900.00",
          "\(Self.day(m)),Invoice,B-\(m),Bolt,Platform subscription,900.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
  }

  /// Y-5, Y-12: services billed month after month at one amount without a retainer's word (an
  /// implementation in monthly instalments from October, a reseller's onboarding fee every
  /// month) stay one-time. By hand: Acme's 1,000 subscription only: $12,000.
  @Test(arguments: [
    ("Implementation fee (monthly instalment)", 10), ("Onboarding - new client setup", 1),
    ("Onboarding plan workshop", 10),
  ])
  func servicesWithoutARetainersWordStayOneTime(description: String, from: Int) throws {
    let c = try importLedger(
      Self.ledger("Invoice Number,Invoice Date,Customer,Description,Amount") { m in
        ["A-\(m),\(Self.day(m)),Acme,Platform subscription,1000.00"]
          + (m >= from ? ["E-\(m),\(Self.day(m)),Echo,\(description),4000.00"] : [])
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
  }

  /// Y-7: an SLA credit naming an invoice compensates it; a second workspace billed later that
  /// month is new revenue, not the invoice issued again. By hand: Bolt 900 + 300 from December
  /// (the credit one-off), Acme 1,000: $26,400.
  @Test func anSLACreditNamingAnInvoiceCancelsNothing() throws {
    let c = try importLedger(
      Self.ledger("Invoice Number,Invoice Date,Customer,Description,Amount") { m in
        ["A-\(m),\(Self.day(m)),Acme,Platform subscription,1000.00"]
          + ["INV-B\(m),\(Self.day(m)),Bolt,Platform subscription,900.00"]
          + (m == 12
            ? [
              "CN-1,\(Self.day(12, 5)),Bolt,Service credit for INV-B12 (outage SLA),-900.00",
              "INV-B13,\(Self.day(12, 15)),Bolt,Platform subscription,300.00",
            ] : [])
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_640_000)
  }
}
