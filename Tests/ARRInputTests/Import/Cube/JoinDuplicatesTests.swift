import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A monthly table whose customer-month rows are equal in every column read and differ only in
/// a column not read (session 35, H35-4: a warehouse join to a contacts table doubled Beta's
/// rows, headline $95,813.88 for $65,813.88, no range).
@Suite struct JoinDuplicatesTests {
  /// Acme 1,000 a month; Beta 2,000 then 2,500 in March, each row twice, one per contact email.
  /// Read (added up): March 1,000 + 5,000, ARR $72,000; Beta counted once: 1,000 + 2,500,
  /// ARR $42,000.
  static let fanout = """
    customer_id,month,mrr,contact_email
    Acme,2025-01,1000,a@acme.com
    Acme,2025-02,1000,a@acme.com
    Acme,2025-03,1000,a@acme.com
    Beta,2025-01,2000,cfo@beta.de
    Beta,2025-01,2000,ops@beta.de
    Beta,2025-02,2000,cfo@beta.de
    Beta,2025-02,2000,ops@beta.de
    Beta,2025-03,2500,cfo@beta.de
    Beta,2025-03,2500,ops@beta.de
    """

  @Test func theRowsAreAddedUpAndCountedOnceIsTheRangesOtherEnd() throws {
    let c = try importCube(Self.fanout, name: "mrr.csv")
    #expect(c.mrrRow("Beta") == [400_000, 400_000, 500_000])
    let beta = try #require(c.accounts.first { $0.id == "Beta" })
    #expect(beta.ambiguousMRR?.low == 250_000)
    #expect(beta.ambiguousMRR?.high == 500_000)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 4_200_000)
    #expect(s.ambiguousARRHigh == 7_200_000)
    let expected: String =
      "mrr.csv: 3 customer-months are on several rows (one per plan or product?), added up: "
      + "first \"Beta\" in 2025-01, 2 rows; in all of them, the rows are equal in every "
      + "column read, differing only in \"contact_email\", a column not read (a join's "
      + "duplicates, one row per contact or tag?): counted once, the as-of month's 1 such "
      + "customer would have $2,500.00 instead of $5,000.00 of \"mrr\" (priced in "
      + "ambiguous_arr; the history and the bridge read them added up)"
    #expect(c.log.findings.contains(expected), "\(c.log.findings)")
  }

  /// Rows that differ in a column read (a plan column read as the segment) or in their amounts
  /// are products: added up, no range, the finding as before.
  @Test(arguments: [
    "customer_id,month,mrr,segment\nBeta,2025-01,2000,smb\nBeta,2025-01,2000,enterprise\n"
      + "Beta,2025-02,2000,smb\n",
    "customer_id,month,mrr,contact_email\nBeta,2025-01,2000,a@b.c\nBeta,2025-01,500,d@b.c\n"
      + "Beta,2025-02,2000,a@b.c\n",
  ])
  func rowsDifferingInWhatIsReadStayProducts(text: String) throws {
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.accounts.first?.ambiguousMRR == nil)
    #expect(c.log.findings.contains { $0.hasSuffix("added up: first \"Beta\" in 2025-01, 2 rows") })
  }

  /// Rows equal in every column, read or not, stay products (review 10, F3): nothing says a
  /// join made them.
  @Test func identicalRowsStayProducts() throws {
    let c = try importCube(
      "customer_id,month,mrr\nBeta,2025-01,2000\nBeta,2025-01,2000\nBeta,2025-02,2000\n",
      name: "mrr.csv")
    #expect(c.mrrRow("Beta") == [400_000, 200_000])
    #expect(c.accounts.first?.ambiguousMRR == nil)
  }

  /// Two products at one price, told apart only by a column not read (review 36, #5):
  /// `/work/team/review36-inputs/prod.csv`. A pays 500 for Platform and 500 for Support a
  /// month, B 800: by hand ARR 12 × (1,000 + 800) = $21,600, no range (was $15,600-$21,600,
  /// A counted once). A column naming a product never makes a fan-out.
  @Test(arguments: [
    "product", "plan", "sku", "line_item", "Description", "service", "Product owner",
  ])
  func rowsDifferingInAProductColumnAreProducts(column: String) throws {
    var text = "customer_id,month,\(column),mrr\n"
    for m in 1...6 {
      text += "A,2025-0\(m),Platform,500\nA,2025-0\(m),Support,500\nB,2025-0\(m),Platform,800\n"
    }
    let c = try importCube(text, name: "prod.csv")
    #expect(c.mrrRow("A") == [100_000, 100_000, 100_000, 100_000, 100_000, 100_000])
    #expect(c.accounts.allSatisfy { $0.ambiguousMRR == nil })
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 2_160_000)
    #expect(s.ambiguousARRHigh == 2_160_000)
    #expect(
      c.log.findings.contains {
        $0.hasSuffix("added up: first \"A\" in 2025-01, 2 rows")
      }, "\(c.log.findings)")
  }

  /// The usual joins to a contacts or users table (review 37, R37-1): A's row twice a month,
  /// one per contact, 1,000 each, B's once at 500, Jan-Jun. By hand: added up, 12 × (2,000 +
  /// 500) = $30,000; A counted once, 12 × (1,000 + 500) = $18,000: the range $18,000-$30,000,
  /// whatever the contact columns are called (`first_name,last_name,email`, `contactEmail`,
  /// `account_manager` were read $30,000 with no range: not contact words to an allow-list).
  @Test(arguments: [
    ["first_name", "last_name", "email"], ["contactEmail"], ["account_manager"], ["region"],
    ["contact_email"],
  ])
  func rowsDifferingOnlyInColumnsNamingNothingSoldAreAFanOut(columns: [String]) throws {
    var text = "customer_id,month,\(columns.joined(separator: ",")),mrr\n"
    func cells(_ person: String) -> String {
      columns.map { "\(person)-\($0)" }.joined(separator: ",")
    }
    for m in 1...6 {
      text += "A,2025-0\(m),\(cells("ann")),1000\nA,2025-0\(m),\(cells("bob")),1000\n"
      text += "B,2025-0\(m),\(cells("cy")),500\n"
    }
    let c = try importCube(text, name: "fanout.csv")
    #expect(c.mrrRow("A") == [200_000, 200_000, 200_000, 200_000, 200_000, 200_000])
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 1_800_000)
    #expect(s.ambiguousARRHigh == 3_000_000)
  }

  /// Which headers name what is sold (camel case split): a join's fan-out never in those.
  @Test func headersNamingWhatIsSold() {
    for h in ["product", "Product owner", "plan_tag", "line_item", "LineItem", "SKU", "price_id"] {
      #expect(JoinDuplicates.namesWhatIsSold(h), "\(h)")
    }
    for h in [
      "contact_email", "contactEmail", "first_name", "account_manager", "notes", "", "region",
      "Pipeline",
    ] {
      #expect(!JoinDuplicates.namesWhatIsSold(h), "\(h)")
    }
    #expect(JoinDuplicates.headerWords("contactEmail") == ["contact", "email"])
  }

  /// The finding names up to 3 columns and how many more, and says "it" of the only
  /// customer-month on several rows: A's January twice, one row per contact, differing in
  /// `first_name`, `last_name`, `email` and `region` (4 columns: 3 named, 4 − 3 = 1 more). The
  /// as-of month, 2025-02, has one row: the headline does not depend on it.
  @Test func theFindingNamesThreeColumnsAndHowManyMore() throws {
    let text = """
      customer_id,month,mrr,first_name,last_name,email,region
      A,2025-01,1000,ann,lee,ann@a.com,north
      A,2025-01,1000,bob,kim,bob@a.com,south
      A,2025-02,1000,ann,lee,ann@a.com,north
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(
      c.log.findings.contains {
        $0.contains(
          "; in it, the rows are equal in every column read, differing only in \"first_name\", "
            + "\"last_name\", \"email\" and 1 more, columns not read (a join's duplicates, one "
            + "row per contact or tag?): none is in the as-of month, so the headline does not "
            + "depend on it")
      }, "\(c.log.findings)")
  }

  /// Three columns: all named, no "more"; an unnamed column is "column N" (here column 4).
  @Test func threeColumnsAreAllNamedAndAnUnnamedOneByItsPlace() throws {
    let text = """
      customer_id,month,mrr,,last_name,email
      A,2025-01,1000,ann,lee,ann@a.com
      A,2025-01,1000,bob,kim,bob@a.com
      A,2025-02,1000,ann,lee,ann@a.com
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(
      c.log.findings.contains {
        $0.contains(
          "differing only in \"column 4\", \"last_name\", \"email\", columns not read (a join's")
      }, "\(c.log.findings)")
  }

  /// A third row of the customer-month at another amount makes them products, even after two
  /// rows equal but for their contact: Beta's January at 2,000 (cfo), 2,000 (ops) and 500
  /// (sales) is added up, 4,500, with no range.
  @Test func aRowAtAnotherAmountMakesThemProducts() throws {
    let text = """
      customer_id,month,mrr,contact_email
      Beta,2025-01,2000,cfo@beta.de
      Beta,2025-01,2000,ops@beta.de
      Beta,2025-01,500,sales@beta.de
      Beta,2025-02,2000,cfo@beta.de
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("Beta") == [450_000, 200_000])
    #expect(c.accounts.first?.ambiguousMRR == nil)
    #expect(!c.log.findings.contains { $0.contains("a join's duplicates") })
  }

  /// A row without the unread column's cell (a short row) differs from one with it there: Beta's
  /// January at 2,000 with a contact and at 2,000 without is a fan-out differing in
  /// `contact_email`: January added up 4,000 (counted once it would be 2,000); February 2,000.
  @Test func aShortRowDiffersInTheCellItLacks() throws {
    let text = """
      customer_id,month,mrr,contact_email
      Beta,2025-01,2000,cfo@beta.de
      Beta,2025-01,2000
      Beta,2025-02,2000,cfo@beta.de
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("Beta") == [400_000, 200_000])
    #expect(
      c.log.findings.contains {
        $0.contains("differing only in \"contact_email\", a column not read")
      },
      "\(c.log.findings)")
  }
}
