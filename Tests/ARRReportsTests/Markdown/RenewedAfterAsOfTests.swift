import ARRQuality
import Testing

@testable import ARRReports

/// A renewal the files hold after the as-of month is said as renewed in the renewal calendar
/// (render review 40, R40-11: the ledger's 2 terms ending 2026-09, renewed by paid invoices
/// dated 2026-10, read "at renewal now"); the figures stay as of the as-of month.
@Suite struct RenewedAfterAsOfTests {
  /// As of 2024-06. `R`, `U` and `N` each hold an annual term 2023-07-01 … 2024-06-30 at
  /// $1,200 ($100 a month). `R` is invoiced on 2024-07-01 for 2024-07-01 … 2025-06-30, paid;
  /// `U`'s same invoice is open (not paid); `N` has none; `L`'s paid invoice of 2024-07-01
  /// starts 2024-08-01, not the day after its term. `a` is billed monthly.
  static func ledger() -> String {
    var rows = ["customer,date,amount,service_start,service_end,description,status"]
    for id in ["R", "U", "N", "L"] {
      rows.append("\(id),2023-07-01,1200.00,2023-07-01,2024-06-30,Subscription,paid")
    }
    rows.append("R,2024-07-01,1200.00,2024-07-01,2025-06-30,Subscription,paid")
    rows.append("U,2024-07-01,1200.00,2024-07-01,2025-06-30,Subscription,open")
    rows.append("L,2024-07-01,1200.00,2024-08-01,2025-07-31,Subscription,paid")
    for m in 1...6 {
      rows.append("a,2024-0\(m)-01,100.00,2024-0\(m)-01,2024-0\(m)-28,Plan,paid")
    }
    return rows.joined(separator: "\n")
  }

  @Test func aPaidRenewalAfterAsOfIsSaid() throws {
    let imported = try Importer.read(
      [Importer.SourceFile(name: "ledger.csv", bytes: Array(Self.ledger().utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 6)))
    let company = try imported.company(name: "Renewals").company
    #expect(company.dataQuality.renewedAfterAsOf == ["R": Month(year: 2024, month: 7)])
    let analysis = Analysis.run(company)
    let renewals = analysis.metrics.committedRenewals
    // The 4 terms ending 2024-06 are at renewal now: 4 × $1,200; R's is the renewed one.
    #expect(renewals.renewingNow == 4 * 120_000)
    #expect(renewals.renewedLaterARR == 120_000 && renewals.renewedLaterAccounts == 1)
    #expect(renewals.renewedLaterMonth == Month(year: 2024, month: 7))
    let md = MarkdownReport.render(analysis)
    #expect(
      md.contains(
        "1 of the terms ending in 2024-06 ($1,200) has a paid renewal invoice dated 2024-07 in "
          + "the file: renewed after the as-of month, so it stays at renewal now in every "
          + "figure here."))
    let json = JSONReport.render(analysis)
    let later = json["arr"]?["committed_renewed_after_as_of"]
    #expect(later?["arr"] == .money(120_000))
    #expect(later?["accounts"] == .int(1))
    #expect(later?["month"]?.stringValue == "2024-07")
  }
}
