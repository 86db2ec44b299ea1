import ARRCore
import Testing

@testable import ARRGenerator

/// The generated companies' character, measured from the data with plain arithmetic. These
/// assert orderings the model is built to cause, not tuned numbers.
@Suite struct AccountSimulatorTests {
  static func data(
    _ profile: GeneratorProfile, accounts: Int = 2_000, months: Int = 24, seed: UInt64 = 3
  )
    -> GeneratedData
  {
    let o = GeneratorOptions(profile: profile, accounts: accounts, months: months, seed: seed)
    let f = CompanyGenerator.files(o)
    return GeneratedData(
      accountsCSV: f.accountsCSV, monthlyCSV: f.monthlyCSV, firstMonth: o.firstMonth,
      monthCount: months)
  }

  static let ai = data(.aiHypergrowth)
  static let enterprise = data(.enterpriseSaaS)
  static let plg = data(.plgSMB)

  @Test func hypergrowthHasTrialsUsagePilotsAndFees() {
    let d = Self.ai
    #expect(!d.accounts(where: "trial_status", is: "active").isEmpty)
    #expect(!d.accounts(where: "trial_status", is: "converted").isEmpty)
    #expect(!d.accounts(where: "trial_status", is: "expired").isEmpty)
    #expect(d.accounts(where: "contract_type", is: "usage").count > d.accounts.count / 5)
    let pilots = d.accounts(where: "contract_type", is: "pilot")
    #expect(!pilots.isEmpty && pilots.count < d.accounts.count / 10)
    #expect(pilots.allSatisfy { !$0[d.column("contract_end_date")].isEmpty })
    #expect(d.oneTime.values.contains { $0.contains { $0 > 0 } })
    #expect(d.accounts(where: "past_due", is: "true").count > 0)
    // Some accounts gave notice and still pay at the as-of month.
    let asOfEnd = CivilDate.lastDay(of: Month(year: 2026, month: 10))
    let noticed = d.accounts.filter {
      CivilDate($0[d.column("cancel_date")]).map { $0 > asOfEnd } == true
    }
    #expect(!noticed.isEmpty)
    #expect(noticed.allSatisfy { d.mrr[$0[0]]![d.monthCount - 1] > 0 })
  }

  @Test func activeTrialsPayLittleOrNothing() {
    let d = Self.ai
    let listMedian = d.mrr.values.map { $0[d.monthCount - 1] }.filter { $0 > 0 }.sorted()
    for row in d.accounts(where: "trial_status", is: "active") {
      let now = d.mrr[row[0]]![d.monthCount - 1]
      #expect(now <= listMedian[listMedian.count / 2])
    }
    #expect(
      d.accounts(where: "trial_status", is: "active").contains {
        d.mrr[$0[0]]![d.monthCount - 1] == 0
      })
  }

  @Test func enterpriseIsCommittedAndChurnsLessThanPLG() {
    let e = Self.enterprise
    let committed = e.accounts.filter {
      ["annual", "multi_year"].contains($0[e.column("contract_type")])
    }
    #expect(Double(committed.count) > 0.8 * Double(e.accounts.count))
    #expect(
      e.accounts.allSatisfy { ["mid-market", "enterprise"].contains($0[e.column("segment")]) })
    #expect(e.accounts.contains { !$0[e.column("committed_mrr")].isEmpty })
    #expect(
      Set(e.accounts.map { $0[e.column("billing_cadence")] }).isSuperset(of: [
        "annual", "quarterly", "upfront",
      ]))
    let p = Self.plg
    #expect(p.accounts.allSatisfy { $0[p.column("segment")] == "smb" })
    #expect(
      Double(p.accounts(where: "contract_type", is: "monthly").count) > 0.8
        * Double(p.accounts.count))
    #expect(e.monthlyLogoChurn() * 3 < p.monthlyLogoChurn())
    #expect(Self.ai.monthlyLogoChurn() > e.monthlyLogoChurn())
    // Reactivations are common in PLG and rare in enterprise (per account).
    #expect(
      Double(p.reactivationCount()) / Double(p.accounts.count) > Double(e.reactivationCount())
        / Double(e.accounts.count))
  }

  @Test(arguments: [GeneratorProfile.aiHypergrowth, .plgSMB])
  func monthToMonthChurnsMoreThanAnnual(profile: GeneratorProfile) {
    let d = profile == .plgSMB ? Self.plg : Self.ai
    let c = d.column("contract_type")
    #expect(
      d.monthlyLogoChurn { $0[c] == "monthly" } > 2 * d.monthlyLogoChurn { $0[c] == "annual" })
  }

  @Test func annualNoticeTakesEffectAtRenewal() {
    for d in [Self.enterprise, Self.ai] {
      let end = d.column("contract_end_date")
      let cancel = d.column("cancel_date")
      for row in d.accounts
      where ["annual", "multi_year"].contains(row[d.column("contract_type")])
        && !row[cancel].isEmpty
      {
        let c = CivilDate(row[cancel])!
        let e = CivilDate(row[end])!
        #expect(c.daysSinceEpoch == e.daysSinceEpoch + 1, "\(row[0])")
      }
    }
  }

  @Test(arguments: GeneratorProfile.allCases)
  func usageFallsBeforeChurn(profile: GeneratorProfile) {
    let d = profile == .plgSMB ? Self.plg : profile == .enterpriseSaaS ? Self.enterprise : Self.ai
    let shares = d.declineBeforeChurn()
    #expect(shares.churners > shares.stayers)
  }

  @Test(arguments: GeneratorProfile.allCases)
  func observableSignalsPredictNextYearsChurn(profile: GeneratorProfile) {
    let d = profile == .plgSMB ? Self.plg : profile == .enterpriseSaaS ? Self.enterprise : Self.ai
    let pastDue = d.column("past_due")
    let integrations = d.column("integrations")
    let purchased = d.column("seats_purchased")
    let active = d.column("seats_active")
    let late = d.churnAfterYearAgo { $0[pastDue] == "true" }
    let current = d.churnAfterYearAgo { $0[pastDue] == "false" }
    #expect(late.accounts > 0 && late.rate > current.rate)
    let few = d.churnAfterYearAgo { Int($0[integrations])! <= 1 }
    let many = d.churnAfterYearAgo { Int($0[integrations])! >= 3 }
    #expect(few.rate > many.rate)
    func utilisation(_ row: [String]) -> Double? {
      guard let p = Int(row[purchased]), let a = Int(row[active]), p > 0 else { return nil }
      return Double(a) / Double(p)
    }
    let idle = d.churnAfterYearAgo { utilisation($0).map { $0 < 0.5 } == true }
    let busy = d.churnAfterYearAgo { utilisation($0).map { $0 >= 0.75 } == true }
    #expect(idle.rate > busy.rate)
  }
}
