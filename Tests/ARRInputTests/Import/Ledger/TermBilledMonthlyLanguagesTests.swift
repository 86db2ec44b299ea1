import ARRCore
import Testing

@testable import ARRInput

/// Session 50, imp lane: an annual term billed monthly, written in German, French or Spanish,
/// commits its account as the English words do; a monthly plan, a negated or cancellable term
/// and a year only offered commit nothing. The files of ``TermBilledMonthlyTests``: Acme billed
/// 1,000 a month, January to June 2024, under one description, beside Beta's retainer.
@Suite struct TermBilledMonthlyLanguagesTests {
  /// Each names an annual term billed monthly: Acme's committed minimum is its 1,000 a month.
  @Test(arguments: [
    "Jahresvertrag, monatliche Zahlung",
    "jährlicher Vertrag, monatlich abgerechnet",
    "Jahresabo - Rate {k}/12",
    "contrat annuel, facturé mensuellement",
    "Abonnement annuel - paiement mensuel",
    "contrato anual, pago mensual",
    "Suscripción anual (cuota mensual)",
    // Decided: an annual plan billed monthly is a 12-month commitment; "saves 20%" is its
    // price beside the monthly plan's, no discount line.
    "Annual plan saves 20%, billed monthly",
  ])
  func anAnnualTermBilledMonthlyIsCommitted(text: String) throws {
    let c = try TermBilledMonthlyTests.read {
      text.replacingOccurrences(of: "{k}", with: "\($0)")
    }
    #expect(c.account("Acme")?.committedMRR == 100_000)
    #expect(c.account("Beta")?.committedMRR == nil)
  }

  /// Twins: a monthly plan, a term negated or cancellable any month, a year only offered.
  @Test(arguments: [
    "Monatsvertrag, monatliche Zahlung",
    "Abonnement mensuel sans engagement, paiement mensuel",
    "Contrat annuel sans engagement, paiement mensuel",
    "Monthly plan (annual available)",
    "Monthly plan, billed monthly (annual plan available)",
    "Monthly plan (annual contract available)",
    "Pro plan, billed monthly - switch to annual plan and save",
    "Plan mensual, pago mensual (plan anual disponible)",
    "Jahresabo, monatlich kündbar, monatliche Zahlung",
    "Annual plan, billed monthly, no commitment",
    "Halbjährlicher Vertrag, monatliche Zahlung",
  ])
  func noYearlyTermBilledMonthlyCommitsNothing(text: String) throws {
    let c = try TermBilledMonthlyTests.read { _ in text }
    #expect(c.account("Acme")?.committedMRR == nil)
  }

  /// A duration paid by the month in other words is no term paid at once; billing words after
  /// `statt` (instead of) are another plan's.
  @Test func durationsBilledMonthly() {
    #expect(DescribedTerm.duration("Licence 12 months, paiement mensuel") == nil)
    #expect(DescribedTerm.duration("Licence 12 months, pago mensual") == nil)
    #expect(DescribedTerm.duration("Licence 12 months, statt monatlicher Zahlung")?.months == 12)
  }
}
