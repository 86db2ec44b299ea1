import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Each row's own amount in its currency beside the amount converted to one reporting currency
/// (`mrr`, `currency`, `mrr_usd`): with several currencies the converted column is read (trial
/// 41, T41-18; `docs/import.md`, "Several currencies").
@Suite struct ConvertedAmountTests {
  /// Three customers in EUR, GBP and USD, converted: $1,080 + $2,540 + $500 = $4,120 of MRR,
  /// ARR $49,440 at 2024-03, in each reader's shape.
  static let rows = [("C1", "EUR", 1000, 1080), ("C2", "GBP", 2000, 2540), ("C3", "USD", 500, 500)]

  static func monthly(converted: String = "mrr_usd", currencies: [String]? = nil) -> String {
    var text = "customer_id,month,currency,mrr,\(converted)\n"
    for (i, r) in rows.enumerated() {
      for m in 1...3 { text += "\(r.0),2024-0\(m),\(currencies?[i] ?? r.1),\(r.2),\(r.3)\n" }
    }
    return text
  }

  static func ledger(currencies: [String]? = nil) -> String {
    var text = "invoice_id,invoice_date,customer,description,currency,amount,amount_usd\n"
    var n = 0
    for (i, r) in rows.enumerated() {
      for m in 1...3 {
        n += 1
        text += "\(n),2024-0\(m)-05,\(r.0),Subscription,\(currencies?[i] ?? r.1),\(r.2),\(r.3)\n"
      }
    }
    return text
  }

  static let subscriptions = """
    customer_id,currency,plan,start_date,mrr,MRR (USD)
    C1,EUR,Pro,2024-01-01,1000,1080
    C2,GBP,Pro,2024-01-01,2000,2540
    C3,USD,Team,2024-01-01,500,500
    """

  func asOfMRR(_ c: ImportedCompany) -> Int64 {
    c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
  }

  @Test(arguments: ["monthly", "ledger", "subscriptions"])
  func severalCurrenciesReadTheConvertedColumn(shape: String) throws {
    let text =
      shape == "monthly"
      ? Self.monthly() : shape == "ledger" ? Self.ledger() : Self.subscriptions
    let c = try ImportFixtures.read([("\(shape).csv", text)])
    #expect(asOfMRR(c) == 412_000)
    #expect(c.log.currency == "USD")
    let note = try #require(c.log.notes.first { $0.contains("amounts read from") })
    #expect(note.contains("in USD: the rows' own amounts"))
    #expect(note.contains("are in 3 currencies under \"currency\" (EUR, GBP, USD)"))
  }

  /// One currency in the currency column: the rows' own amounts are read, as before (all in
  /// euros: €1,000 + €2,000 + €500 = €3,500 of MRR), and nothing is said of the other column.
  @Test func oneCurrencyReadsTheOwnAmounts() throws {
    let euros = ["EUR", "EUR", "EUR"]
    for (name, text) in [
      ("monthly.csv", Self.monthly(currencies: euros)),
      ("ledger.csv", Self.ledger(currencies: euros)),
    ] {
      let c = try ImportFixtures.read([(name, text)])
      #expect(asOfMRR(c) == 350_000, "\(name)")
      #expect(c.log.currency == "EUR", "\(name)")
      #expect(!c.log.notes.contains { $0.contains("amounts read from \"") && $0.contains("own") })
    }
  }

  /// Another amount beside (`arr_usd`, not the same amount converted) is no twin: three
  /// currencies are still refused.
  @Test func anotherAmountIsNoTwin() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("monthly.csv", Self.monthly(converted: "fee_usd"))])
    }
    #expect(error.message.contains("amounts in 3 currencies"))
  }

  /// The header rule: the same amount named in a currency, in the same unit.
  @Test func twinHeaders() {
    func twin(_ header: [String]) -> Int? { ConvertedAmount.twin(of: 0, header: header)?.column }
    #expect(twin(["mrr", "mrr_usd"]) == 1)
    #expect(twin(["MRR", "MRR (USD)"]) == 1)
    #expect(twin(["amount_cents", "amount_usd_cents"]) == 1)
    #expect(twin(["amount_cents", "amount_cents_usd"]) == 1)
    #expect(twin(["amount_cents", "amount_usd"]) == nil)
    #expect(twin(["amount", "amount (net)"]) == nil)
    #expect(twin(["mrr_usd", "mrr"]) == nil)
    #expect(ConvertedAmount.twin(of: 0, header: ["mrr", "mrr (eur)"])?.currency == "EUR")
  }
}
