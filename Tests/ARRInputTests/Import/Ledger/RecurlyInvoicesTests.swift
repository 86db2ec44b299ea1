import ARRCore
import Testing

@testable import ARRInput

/// Recurly's "Invoices — Summary" export (docs.recurly.com/docs/invoices-summary: `id`,
/// `invoice_number`, `billed_date`, `due_on`, `closed_at`, `status`, `net_terms`, and the
/// summary totals `currency`, `subtotal`, `tax`, `total`), with `account_code` and
/// `billed_date` renamed `customer_id` and `invoice_date` as session 16's tester did (the raw
/// export's refusal is another lane's). The summary has no line type, so an annual invoice and a
/// one-off a month later are two invoices of one account, nothing more (trial 16, R3 and R4).
@Suite struct RecurlyInvoicesTests {
  static let header =
    "id,invoice_number,customer_id,invoice_date,due_on,closed_at,status,net_terms,currency,"
    + "subtotal,tax,total"

  /// A Recurly summary line: its billed date is also its due and closed date (on receipt).
  static func line(
    _ number: Int, _ account: String, _ day: String, _ status: String = "paid",
    subtotal: String, tax: String = "0.00", total: String
  ) -> String {
    let at = "\(day) 09:00:00 PST"
    let closed = status == "paid" ? at : ""
    return "inv\(number),\(number),\(account),\(at),\(at),\(closed),\(status),on-receipt,USD,"
      + "\(subtotal),\(tax),\(total)"
  }

  /// Acme pays 500 + 8% tax each month from July 2024 to June 2025 (12 invoices).
  static let acme = (0..<12).map { k in
    let month = Month(year: 2024, month: 7).adding(months: k)
    return line(1000 + k, "acme", "\(month)-03", subtotal: "500.00", tax: "40.00", total: "540.00")
  }

  /// Beta's annual invoice of 12,000 on 2024-09-01 and its one-off onboarding invoice of 1,500
  /// on 2024-10-05 (trial 16, R3: read as a monthly rhythm, 12,000 of MRR in September, a
  /// contraction to 1,500 in October and a churn in November; beta $0 at 2025-06, and the
  /// "quote the range" range, $24.0K–$54.0K, left out the hand figure, $60,600).
  ///
  /// By hand: acme's monthly invoices are its MRR, 500 before tax (the subtotal is read beside
  /// the tax column). Beta's 12,000 is a term-sized payment (24 times acme's 500, the company's
  /// typical monthly invoice), spread over 12 months, 1,000 a month from 2024-09 through
  /// 2025-08; the 1,500 a month later is under half of it, inside its term: an off-cycle invoice,
  /// one-time revenue in 2024-10 (no renewal confirms it as an add-on, and the company has no
  /// confirmed add-ons). At 2025-06: MRR 500 + 1,000 = 1,500, ARR $18,000. Beta's range: low 0
  /// (the 12,000 as one month's or a quarter's revenue, both over by 2025-06), high 1,000 +
  /// 1,500 ÷ 11 = 1,136.36 (the 1,500 as an add-on co-termed to the 11 months left, 2024-10 to
  /// 2025-08), so the company's ARR range is $6,000 to 12 × 1,636.36 = $19,636.32, which holds
  /// the headline.
  @Test func aOneOffAMonthAfterAnAnnualInvoiceKeepsTheAnnualTerm() throws {
    let lines =
      [Self.header]
      + Self.acme
      + [
        Self.line(2001, "beta", "2024-09-01", subtotal: "12000.00", total: "12000.00"),
        Self.line(2002, "beta", "2024-10-05", subtotal: "1500.00", total: "1500.00"),
      ]
    let c = try importLedger(lines.joined(separator: "\n"), name: "invoices.csv")
    #expect(c.firstMonth == Month(year: 2024, month: 7) && c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("acme") == Array(repeating: 50_000, count: 12))
    #expect(c.mrrRow("beta") == [0, 0] + Array(repeating: 100_000, count: 10))
    #expect(c.oneTimeRow("beta") == [0, 0, 0, 150_000] + Array(repeating: 0, count: 8))
    let beta = try #require(c.account("beta"))
    #expect(beta.billingCadence == .annual && beta.contractType == .annual)
    #expect(beta.rules.contains(.singlePaymentTerm) && beta.rules.contains(.offCycleUnconfirmed))
    #expect(beta.ambiguousMRR?.low == 0 && beta.ambiguousMRR?.high == 113_636)
    let tie = try c.checkedTieOut()
    #expect(tie.isBalanced)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "1 account paid a smaller invoice within the term of a term-sized payment (\"beta\": "
            + "$1,500.00 in 2024-10, within the 12 months of $12,000.00 from 2024-09)")
      })
  }

  /// The same one-off followed by a second invoice of 1,500 a month later is no single smaller
  /// invoice: the 1,500s repeat, so the ledger's never-repeats rule (`docs/import.md`, "What a
  /// line is", 5) reads the 12,000, which never repeats and is more than twice the 1,500 next
  /// to it, as one-time, before any rhythm is sought, as it did before this session; the
  /// 1,500s are monthly revenue in October and November, and no note about a term.
  @Test func twoSmallerInvoicesAfterAreNoOneOff() throws {
    let lines =
      [Self.header]
      + Self.acme
      + [
        Self.line(2001, "beta", "2024-09-01", subtotal: "12000.00", total: "12000.00"),
        Self.line(2002, "beta", "2024-10-05", subtotal: "1500.00", total: "1500.00"),
        Self.line(2003, "beta", "2024-11-05", subtotal: "1500.00", total: "1500.00"),
      ]
    let c = try importLedger(lines.joined(separator: "\n"), name: "invoices.csv")
    #expect(c.mrrRow("beta") == [0, 0, 0, 150_000, 150_000] + Array(repeating: 0, count: 7))
    #expect(c.oneTimeRow("beta") == [0, 0, 1_200_000] + Array(repeating: 0, count: 9))
    #expect(c.account("beta")?.billingCadence == .monthly)
    #expect(!c.log.notes.contains { $0.contains("within the term of a term-sized payment") })
  }

  /// Recurly's `failed`: "experienced 20 declines or have been through the dunning process
  /// without successful payment … will not be retried": closed, never collected (trial 16, R4:
  /// billed on top of the paid invoice, with only a note). Skipped as a declined payment is,
  /// paired with nothing; a `voided` duplicate is skipped as a void. By hand: eta pays 450 in
  /// May and June 2025, not 900 in June; acme 500 a month (its voided duplicate of April out);
  /// rows read 16 = used 14 + skipped 2 (1 void, 1 declined payment), and no unpaid finding.
  @Test func aFailedInvoiceIsNotRevenue() throws {
    let lines =
      [Self.header]
      + Self.acme
      + [
        Self.line(
          3001, "acme", "2025-04-03", "voided", subtotal: "500.00", tax: "40.00", total: "540.00"),
        Self.line(3002, "eta", "2025-05-20", subtotal: "450.00", total: "450.00"),
        Self.line(3003, "eta", "2025-06-20", subtotal: "450.00", total: "450.00"),
        Self.line(3004, "eta", "2025-06-25", "failed", subtotal: "450.00", total: "450.00"),
      ]
    let c = try importLedger(lines.joined(separator: "\n"), name: "invoices.csv")
    #expect(c.mrrRow("eta") == Array(repeating: 0, count: 10) + [45_000, 45_000])
    #expect(c.mrrRow("acme") == Array(repeating: 50_000, count: 12))
    let f = c.log.files[0]
    #expect(f.rowsRead == 16 && f.rowsUsed == 14)
    #expect(f.skipped[.voidOrDraft] == 1 && f.skipped[.declinedPayment] == 1)
    #expect(c.log.skipped.contains { $0.line == 17 && $0.reason == "declined payment: failed" })
    #expect(!c.log.findings.contains { $0.contains("not paid") })
    #expect(try c.checkedTieOut().isBalanced)
  }
}
