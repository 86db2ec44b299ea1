import ARRCore
import Testing

@testable import ARRInput

/// Review 42 (a reviewer's hostile variants of session 42's ledger rules): where a rule made
/// for one export misread another, each case by hand (`docs/import.md`, invoice ledger).
@Suite struct LedgerReviewFortyTwoTests {
  /// `count` monthly invoices from 2025-01 of `amount` for each (customer, amount), one line
  /// each: `Customer,Date,Invoice No,Description,Amount` rows.
  static func monthly(_ accounts: [(String, String)], months: Int = 6, description: String)
    -> [String]
  {
    (1...months).flatMap { m in
      accounts.map { name, amount in
        "\(name),2025-0\(m)-01,\(name)-\(m),\(description),\(amount)"
      }
    }
  }

  static func asOfARR(_ c: ImportedCompany) -> Int64 {
    c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] } * 12
  }

  /// R1: a class naming a department ("Support") on a one-off beside a monthly fee types
  /// nothing: Acme 2,000 + Bolt 1,000 a month, the 15,000 visit one-time: $36,000.
  @Test func aDepartmentClassTypesNothing() throws {
    let rows = (1...6).flatMap { m in
      [
        "2025-0\(m)-01,Invoice,A\(m),Acme,Sales,Platform subscription,2000.00",
        "2025-0\(m)-01,Invoice,B\(m),Bolt,Sales,Platform subscription,1000.00",
      ]
    }
    let c = try importLedger(
      (["Date,Transaction Type,Num,Customer,Class,Memo/Description,Amount"] + rows
        + ["2025-06-10,Invoice,X1,Acme,Support,On-site visit and dashboard build,15000.00"])
        .joined(separator: "\n"))
    #expect(Self.asOfARR(c) == 3_600_000)
  }

  /// R3: a product's name holding a services word ("Onboarding Suite", "Model Training") is no
  /// type; "Professional Services" still is (T41-5).
  @Test(
    arguments: [
      ("Onboarding Suite", nil), ("Model Training", nil), ("Support & Training", nil),
      ("Subscriptions:Add-on", nil), ("Add-on", nil), ("Training:GPU Hours Plan", nil),
      ("Professional Services", LedgerEntry.Kind.oneTime),
      ("Services:Professional Services", .oneTime), ("Consulting services", .oneTime),
      ("Implementation", .oneTime), ("Support", nil), ("Subscription", nil),
    ] as [(String, LedgerEntry.Kind?)])
  func aClassTypesOneTimeByItsOwnName(text: String, kind: LedgerEntry.Kind?) {
    #expect(LedgerReader.classKind(text) == kind)
  }

  /// R2: a `Period` column equal to each invoice's month (a general ledger's posting period)
  /// says nothing of service: Acme's annual 12,000 invoices stay a year each.
  @Test func aPostingPeriodIsNoServiceMonth() throws {
    let c = try importLedger(
      """
      Customer,Invoice Date,Period,Invoice #,Description,Amount
      Acme,2024-07-01,Jul 2024,A1,Annual subscription,12000.00
      Acme,2025-07-01,Jul 2025,A2,Annual subscription,12000.00
      Cato,2025-04-01,Apr 2025,C1,Monthly subscription,1000.00
      Cato,2025-05-01,May 2025,C2,Monthly subscription,1000.00
      Cato,2025-06-01,Jun 2025,C3,Monthly subscription,1000.00
      Cato,2025-07-01,Jul 2025,C4,Monthly subscription,1000.00
      """)
    #expect(c.asOf == Month(year: 2025, month: 7))
    #expect(c.mrrRow("Acme").last == 100_000)
    #expect(!c.log.notes.contains { $0.contains("name the month they serve under \"Period\"") })
  }

  /// R7: one contract term written on every monthly invoice is the contract's, not what each
  /// line pays for: Acme 1,000 a month, $12,000.
  @Test func aContractTermOnMonthlyLinesIsNoServicePeriod() throws {
    let rows = (1...6).map { m in
      "Acme,2025-0\(m)-01,A-\(m),Platform subscription,2025-01-01 to 2025-12-31,1000.00"
    }
    let c = try importLedger(
      (["Customer,Invoice Date,Invoice Number,Description,Subscription Term,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 100_000)
  }

  /// R4: with no description column, a line equal to the sum of its invoice's others is a
  /// line: Acme 1,000 + 600 + 400 a month, $24,000.
  @Test func noDescriptionColumnNoTotalRow() throws {
    let rows = (1...6).flatMap { m in
      ["1000.00", "600.00", "400.00"].map { "Acme,2025-0\(m)-01,A-\(m),\($0)" }
    }
    let c = try importLedger((["Customer,Date,Invoice No,Amount"] + rows).joined(separator: "\n"))
    #expect(Self.asOfARR(c) == 2_400_000)
    #expect(c.log.files[0].skipped[.documentTotal] == nil)
  }

  /// R4: a two-line invoice of 500 + 500 whose second memo is blank keeps both lines.
  @Test func aBlankMemoOnATwoLineInvoiceIsALine() throws {
    let rows = (1...6).flatMap { m in
      ["Cato,2025-0\(m)-01,C-\(m),Platform,500.00", "Cato,2025-0\(m)-01,C-\(m),,500.00"]
    }
    let c = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + rows).joined(separator: "\n"))
    #expect(c.mrrRow("Cato").last == 100_000)
  }

  /// R5: a cadence word on a one-off names no term unless the line names what is subscribed:
  /// Acme 1,000 a month and a 6,000 "Quarterly business review workshop": $12,000.
  @Test func aCadenceWordOnAOneOffIsNoTerm() throws {
    let rows =
      Self.monthly([("Acme", "1000.00")], description: "Platform fee")
      + ["Acme,2025-06-15,X1,Quarterly business review workshop,6000.00"]
    let c = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + rows).joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 100_000)
    #expect(DescribedTerm.cadence("Annual conference sponsorship") == nil)
    #expect(DescribedTerm.cadence("Annual subscription") == 12)
  }

  /// R6: "Annual subscription - January 2025" … one a month: instalments, 1,000 a month.
  @Test func monthlyInstalmentsNamingTheirMonthAreMonthly() throws {
    let names = ["January", "February", "March", "April", "May", "June"]
    let rows = (1...6).map { m in
      "Acme,2025-0\(m)-01,A\(m),Annual subscription - \(names[m - 1]) 2025,1000.00"
    }
    let c = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + rows).joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 100_000)
  }

  /// R9: a month named as a payment's due date is no service month: invoices of 2,000 dated
  /// the 15th, "payment due" the next month, stay in their own month.
  @Test func aDueMonthIsNoServiceMonth() throws {
    let names = ["February", "March", "April", "May", "June", "July"]
    let rows = (1...6).map { m in
      "Acme,2025-0\(m)-15,A\(m),Platform subscription - payment due \(names[m - 1]) 2025,2000.00"
    }
    let c = try importLedger(
      (["Customer,Date,Invoice No,Description,Amount"] + rows).joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("Acme").last == 200_000)
  }

  /// R11: invoices typed `Invoice` with two discount lines each are in the normal sign: more
  /// lines negative, but their sum positive. Acme 3,000 − 300 − 200 a month: $30,000.
  @Test func discountLinesDoNotReverseTheSign() throws {
    let rows = (1...6).flatMap { m in
      [
        "2025-0\(m)-01,Invoice,\(m),Acme,Platform,3000.00",
        "2025-0\(m)-01,Invoice,\(m),Acme,Prepay discount,-300.00",
        "2025-0\(m)-01,Invoice,\(m),Acme,Loyalty discount,-200.00",
      ]
    }
    let c = try importLedger(
      (["Date,Transaction Type,Num,Customer,Memo/Description,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(Self.asOfARR(c) > 0)
    #expect(!c.log.notes.contains { $0.contains("read with their sign reversed") })
  }

  /// R8: a retainer of 1,500 billed in January–March, missed in April, caught up at 3,000 in
  /// May and billed again in June beside the 500 base fee is a run, not one-time: 2,000 a month.
  @Test func aRetainerCaughtUpIsStillARun() throws {
    let retainer = [1: "1500.00", 2: "1500.00", 3: "1500.00", 5: "3000.00", 6: "1500.00"]
    let rows = (1...6).flatMap { m in
      ["Acme,2025-0\(m)-01,A\(m),500.00"]
        + (retainer[m].map { ["Acme,2025-0\(m)-01,A\(m),\($0)"] } ?? [])
    }
    let c = try importLedger((["Customer,Date,Invoice No,Amount"] + rows).joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 200_000)
  }

  /// R3: a line whose description says it recurs keeps recurring whatever its product is named
  /// ("Onboarding", an HR module): 2,000 a month.
  @Test func aRecurringDescriptionOutranksTheClass() throws {
    let rows = (1...6).map { m in
      "2025-0\(m)-01,Invoice,\(m),Acme,Onboarding,Monthly subscription,2000.00"
    }
    let c = try importLedger(
      (["Date,Transaction Type,Num,Customer,Product/Service,Memo/Description,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 200_000)
  }
}
