import ARRCore
import Testing

@testable import ARRInput

/// Review 51's findings on session 50's ledger rules (imp lane): the annual terms billed monthly
/// (421e1ffe, e2a00fbe; the files of ``TermBilledMonthlyTests``, Acme billed 1,000 a month,
/// January to June 2024, under one description, beside Beta's retainer), the credits read as
/// discounts (e2a00fbe), and the other languages' one-time words and `¥` (7265c68d).
@Suite struct ReviewFiftyOneLedgerTests {
  /// Each names an annual term billed monthly: Acme's committed minimum is its 1,000 a month
  /// (hand: 12,000 of committed ARR; each read $0 before).
  @Test(arguments: [
    // R51-5: an upgrade, an add-on, a cancellation after the first year offered beside it.
    "Annual subscription, billed monthly (upgrade to Enterprise available)",
    "Annual contract (billed monthly) incl. optional premium support",
    "Annual plan, billed monthly - cancel anytime after the first 12 months",
    "Contrat annuel - option Premium - facturation mensuelle",
    "Abonnement annuel sans engagement de volume, paiement mensuel",
    // R51-6: cancellable monthly only after a minimum term.
    "Software-Abo, Mindestlaufzeit 12 Monate, danach monatlich kündbar - monatliche Zahlung",
    // R51-23: a monthly compound that names no term noun.
    "Jahresvertrag Controlling inkl. Monatsplanung und Reporting, monatliche Zahlung",
    // R51-26: the minimum itself; a product's name between the year and its noun.
    "Pro plan - billed monthly, 12-month minimum",
    "Annual Enterprise Edition platform subscription, billed monthly",
    // R51-27: plural months.
    "Licence 12 months, billed monthly",
    // R51-30: German compound term nouns.
    "Wartungsvertrag 12 Monate, monatliche Zahlung",
    "Softwarelizenz 12 Monate, monatliche Zahlung",
    // R51-7: Italian and Dutch.
    "Contratto annuale, fatturazione mensile",
    "Jaarcontract, maandelijkse facturering",
  ])
  func anAnnualTermBilledMonthlyIsCommitted(text: String) throws {
    let c = try TermBilledMonthlyTests.read { _ in text }
    #expect(c.account("Acme")?.committedMRR == 100_000)
    #expect(c.account("Beta")?.committedMRR == nil)
  }

  /// Twins: a plan word that is no term (`Jahresplanung`), a year of a price, an annual option
  /// offered, a plan cancellable any month from the start, a monthly compound.
  @Test(arguments: [
    "Jahresplanung Workshop-Paket, monatliche Rate",
    "Pro plan, billed monthly - 12-month price lock",
    "Pro plan billed monthly, annual price guarantee",
    "Monthly plan, billed monthly (annual option)",
    "Annual plan, billed monthly - cancel anytime",
    "Monatsabo, monatliche Zahlung",
    "Jahresabo, monatlich kündbar, monatliche Zahlung",
    "Contrat annuel sans engagement, paiement mensuel",
    "Pro plan, billed monthly - switch to annual plan and save",
  ])
  func noYearlyTermBilledMonthlyCommitsNothing(text: String) throws {
    let c = try TermBilledMonthlyTests.read { _ in text }
    #expect(c.account("Acme")?.committedMRR == nil)
  }

  /// R51-18: a monthly consulting retainer in Italian or Hebrew recurs (its fee word, `canone`,
  /// `ריטיינר`), as `Monthly consulting retainer` does; a consulting project billed monthly
  /// with no such word stays one-time. Hand: June MRR 1,200 + 2,000 = 3,200.
  @Test(arguments: [
    ("Canone mensile consulenza", true), ("ריטיינר ייעוץ חודשי", true),
    ("Consulenza progetto", false),
  ])
  func aRetainerInOtherLanguagesRecurs(text: String, recurs: Bool) throws {
    let rows = (1...6).flatMap { m in
      let day = LedgerReviewFortyFiveTests.day(m)
      return ["\(day),Rossi,Piano Pro,1200.00", "\(day),Bianchi,\"\(text)\",2000.00"]
    }
    let c = try importLedger((["Date,Customer,Description,Amount"] + rows).joined(separator: "\n"))
    #expect(c.mrrRow("Rossi").last == 120_000)
    #expect(c.mrrRow("Bianchi").last == (recurs ? 200_000 : 0))
  }

  /// R51-17: a credit by its name, for service levels, availability or a delay, with a `%`, is
  /// no price of the term: Quin's 1,000 a month stays (headline $24,000 by hand, was $22,800).
  @Test(arguments: [
    "Service level credit (10%) - 2025 availability below 99.9%",
    "Gutschrift 10% wegen Verfügbarkeit unter 99,9% (2025)",
    "Migration credit: 10% of licence fee (one-off, data migration delay)",
  ])
  func namedCreditsWithAPercentAreNoDiscount(credit: String) throws {
    let c = try ReviewFiftyLedgerTests.annual(credit: credit, cents: "1200.00")
    #expect(c.mrrRow("Quin").last == 100_000)
  }

  /// Its twin: a discount by its words, `%` or not, is netted over the year (12,000 − 1,200 =
  /// 10,800 ÷ 12 = 900.00); so is a credit with a `%` naming no event (review 52, R52-5: a
  /// loyalty or multi-year credit was left out as a one-off, 1,000.00).
  @Test(arguments: [
    "Early renewal discount 10%", "10% off first year", "Remise 10%", "Loyalty credit 10%",
    "Multi-year commitment credit (10%)",
  ])
  func discountsStayNetted(credit: String) throws {
    let c = try ReviewFiftyLedgerTests.annual(credit: credit, cents: "1200.00")
    #expect(c.mrrRow("Quin").last == 90_000)
  }

  /// R51-19: `¥` on lines whose currency cell says CNY (or RMB) is the yuan, not a conflict
  /// (refused line by line as yen before). Hand: 12,000 a month, CNY.
  @Test(arguments: ["CNY", "RMB"])
  func theYenSignBesideCNYIsTheYuan(code: String) throws {
    let rows = (1...6).map { m in "2026-0\(m)-01,Shanghai Co,Subscription,\"¥12,000.00\",\(code)" }
    let c = try importLedger(
      (["Date,Customer,Description,Amount,Currency"] + rows).joined(separator: "\n"))
    #expect(c.log.currency == "CNY")
    #expect(c.mrrRow("Shanghai Co").last == 1_200_000)
  }
}
