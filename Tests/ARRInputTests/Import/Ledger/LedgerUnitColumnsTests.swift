import ARRCore
import Testing

@testable import ARRInput

/// A ledger whose amounts are integer cents under a plain header, with another column saying so
/// (session 17, import3 lane; trial 17, MT1 and LS1): Metronome's `credit_type` "USD (cents)"
/// beside `total` 200000 read as dollars ($20.2M for $141,600), Lemon Squeezy's
/// `subtotal_formatted` "$29.00" beside `subtotal` 2900 ($228,200 for $2,282), each with a
/// note alone and `validate` OK.
@Suite struct LedgerUnitColumnsTests {
  func read(_ text: String, name: String = "l.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// Metronome's line items as its API names them: `credit_type` says cents on every line, and
  /// `starting_at` / `ending_before` (exclusive) are the service period, billed in arrears on
  /// the 2nd of the next month. By hand, in cents of a dollar: acme January 2,000 + 1,000 =
  /// 3,000.00 (300,000), February 2,000 + 1,200.50 = 3,200.50 (320,050); zeta 200.00 (20,000)
  /// and 450.00 (45,000). The last invoices (March) serve February: as-of 2025-02.
  static let metronome = """
    invoice_id,customer_id,issued_at,credit_type,name,type,total,starting_at,ending_before
    inv_1,acme,2025-02-02T00:00:00+00:00,USD (cents),Platform subscription,subscription,200000,2025-01-01T00:00:00+00:00,2025-02-01T00:00:00+00:00
    inv_1,acme,2025-02-02T00:00:00+00:00,USD (cents),Tokens,usage,100000,2025-01-01T00:00:00+00:00,2025-02-01T00:00:00+00:00
    inv_2,acme,2025-03-02T00:00:00+00:00,USD (cents),Platform subscription,subscription,200000,2025-02-01T00:00:00+00:00,2025-03-01T00:00:00+00:00
    inv_2,acme,2025-03-02T00:00:00+00:00,USD (cents),Tokens,usage,120050,2025-02-01T00:00:00+00:00,2025-03-01T00:00:00+00:00
    inv_3,zeta,2025-02-02T00:00:00+00:00,USD (cents),Tokens,usage,20000,2025-01-01T00:00:00+00:00,2025-02-01T00:00:00+00:00
    inv_4,zeta,2025-03-02T00:00:00+00:00,USD (cents),Tokens,usage,45000,2025-02-01T00:00:00+00:00,2025-03-01T00:00:00+00:00
    """

  @Test func aUnitColumnSayingCentsMakesTheAmountsCents() throws {
    let c = try read(Self.metronome)
    #expect(c.asOf == Month(year: 2025, month: 2))
    #expect(c.mrrRow("acme") == [300_000, 320_050])
    #expect(c.mrrRow("zeta") == [20_000, 45_000])
    #expect(c.log.currency == "USD")
    #expect(
      c.log.notes.contains {
        $0.contains("amounts read in the currency's smallest unit")
          && $0.contains("the column \"credit_type\" says \"USD (cents)\"")
      })
    #expect(!c.log.files[0].ignoredColumns.contains("credit_type"))
    #expect(!c.log.notes.contains { $0.contains("is a whole number") })
    #expect(c.log.files[0].recognisedColumns.contains("service_start: starting_at"))
    #expect(c.log.files[0].recognisedColumns.contains("service_end: ending_before"))
  }

  /// Unit cells naming two currencies are two currencies: refused, as a currency column is.
  @Test func unitCellsInTwoCurrenciesAreRefused() throws {
    let text = Self.metronome.replacingOccurrences(
      of: "inv_4,zeta,2025-03-02T00:00:00+00:00,USD (cents)",
      with: "inv_4,zeta,2025-03-02T00:00:00+00:00,EUR (cents)")
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.message.contains("amounts in 2 currencies: USD (line 2), EUR (line 7)"))
  }

  /// The unit words read: a code, `in`, parentheses; anything else is no unit.
  @Test(
    arguments: [
      ("USD (cents)", "USD"), ("usd cents", "USD"), ("cents", nil), ("EUR in cents", "EUR"),
      ("(minor units)", nil), ("JPY minor units", "JPY"),
    ] as [(String, String?)])
  func unitWords(cell: String, code: String?) throws {
    let unit = try #require(LedgerReader.centsUnit(cell))
    #expect(unit.code == code)
  }

  @Test(arguments: ["USD", "dollars", "cents per token", "US dollar cents", "", "percent"])
  func notUnitWords(cell: String) {
    #expect(LedgerReader.centsUnit(cell) == nil)
  }

  /// Lemon Squeezy's subscription invoices as its API writes them: `subtotal` 2900 beside
  /// `subtotal_formatted` "$29.00". By hand: customer 11 pays 29.00 (2,900 hundredths) in
  /// January, February and March; 13 pays 79.00 (7,900) in February and March. As-of 2025-03.
  static let lemonSqueezy = """
    id,customer_id,billing_reason,currency,status,subtotal,tax,total,subtotal_usd,subtotal_formatted,total_formatted,date
    1,11,initial,USD,paid,2900,0,2900,2900,$29.00,$29.00,2025-01-05T10:00:00.000000Z
    2,11,renewal,USD,paid,2900,0,2900,2900,$29.00,$29.00,2025-02-05T10:00:00.000000Z
    3,13,initial,USD,paid,7900,0,7900,7900,$79.00,$79.00,2025-02-18T10:00:00.000000Z
    4,11,renewal,USD,paid,2900,0,2900,2900,$29.00,$29.00,2025-03-05T10:00:00.000000Z
    5,13,renewal,USD,paid,7900,0,7900,7900,$79.00,$79.00,2025-03-18T10:00:00.000000Z
    """

  @Test func aFormattedTwinShowingTheAmountOverAHundredMakesItCents() throws {
    let c = try read(Self.lemonSqueezy)
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("11") == [2_900, 2_900, 2_900])
    #expect(c.mrrRow("13") == [0, 7_900, 7_900])
    #expect(
      c.log.notes.contains {
        $0.contains("because \"subtotal_formatted\" shows each amount ÷ 100 (5 lines)")
      })
    #expect(!c.log.notes.contains { $0.contains("is a whole number") })
  }

  /// A twin showing the amount as written confirms major units: no whole-number note, and
  /// 2900 is 2,900.00 (290,000 hundredths).
  @Test func aFormattedTwinShowingTheAmountAsWrittenConfirmsUnits() throws {
    let text = Self.lemonSqueezy.replacingOccurrences(of: "$29.00", with: "\"$2,900.00\"")
      .replacingOccurrences(of: "$79.00", with: "\"$7,900.00\"")
    let c = try read(text)
    #expect(c.mrrRow("11") == [290_000, 290_000, 290_000])
    #expect(!c.log.notes.contains { $0.contains("is a whole number") })
    #expect(!c.log.findings.contains { $0.contains("subtotal_formatted") })
  }

  /// A twin that shows some amounts ÷ 100 and another as written decides nothing: read as
  /// written, with a finding (so `validate` prints it).
  @Test func aTwinThatDisagreesWithItselfIsAFinding() throws {
    let text = Self.lemonSqueezy.replacingOccurrences(
      of: "5,13,renewal,USD,paid,7900,0,7900,7900,$79.00",
      with: "5,13,renewal,USD,paid,7900,0,7900,7900,\"$7,900.00\"")
    let c = try read(text)
    #expect(c.mrrRow("11") == [290_000, 290_000, 290_000])
    let finding = try #require(c.log.findings.first { $0.contains("subtotal_formatted") })
    #expect(
      finding.hasPrefix(
        "l.csv: 4 of 5 lines show \"subtotal\" ÷ 100 in \"subtotal_formatted\", 1 show it as "
          + "written: whether the amounts are cents cannot be told"))
  }

  /// A plain ledger whose every line is a whole number of hundreds of $10,000 or more: the
  /// "looks like cents" finding, not a note. By hand: the smallest, 20000 on line 3.
  @Test func largeRoundLinesLookLikeCents() throws {
    let c = try read(
      """
      customer_id,date,amount
      A,2025-01-05,45000
      B,2025-01-09,20000
      A,2025-02-05,120000
      """)
    let finding = try #require(c.log.findings.first { $0.contains("whole number of hundreds") })
    #expect(
      finding.hasPrefix(
        "l.csv: every amount in \"amount\" is a whole number of hundreds and every line bills "
          + "$10,000 or more (3 amounts, the smallest \"20000\" on line 3, $20,000)"))
    #expect(!c.log.notes.contains { $0.contains("is a whole number") })
  }

  /// Ordinary whole-dollar invoices stay a note.
  @Test func ordinaryWholeAmountsStayANote() throws {
    let c = try read(
      """
      customer_id,date,amount
      A,2025-01-05,49
      B,2025-01-09,20000
      A,2025-02-05,49
      """)
    #expect(!c.log.findings.contains { $0.contains("whole number") })
    #expect(c.log.notes.contains { $0.contains("is a whole number") })
  }
}
