import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Cohorts")
struct CohortsTests {
  typealias T = TestCompanies

  @Test func cohortsByFirstPositiveMonth() throws {
    let c = T.company([
      (T.account("A"), [10_000, 10_000, 0, 0]),
      (T.account("B"), [0, 20_000, 30_000, 30_000]),
      (T.account("C"), [0, 10_000, 0, 5_000]),
      (T.account("D"), [0, 0, 0, 0]),
      (T.account("E"), [0, 0, 0, 40_000]),
    ])
    let cohorts = Cohorts.compute(c)
    #expect(cohorts.accountsNeverPaid == 1)
    #expect(cohorts.cohorts.map(\.startMonth) == [0, 1, 3].map { c.month(at: $0) })
    let first = cohorts.cohorts[0]
    #expect(first.isLeftCensored)
    #expect(first.accounts == 1 && first.startingMRR == 10_000)
    #expect(first.mrrByAge == [10_000, 10_000, 0, 0])
    #expect(first.activeByAge == [1, 1, 0, 0])
    let second = cohorts.cohorts[1]
    #expect(!second.isLeftCensored)
    #expect(second.accounts == 2 && second.startingMRR == 30_000)
    #expect(second.mrrByAge == [30_000, 30_000, 35_000])
    #expect(second.activeByAge == [2, 1, 2])
    #expect(second.revenueRetention == [1, 1, 35_000.0 / 30_000.0])
    #expect(second.logoRetention == [1, 0.5, 1])
    let last = cohorts.cohorts[2]
    #expect(last.mrrByAge == [40_000] && last.activeByAge == [1])
  }

  @Test(arguments: [(31 as UInt64, 250, 18), (32, 5_000, 24)])
  func cohortsAddUpToTheBridgeClosing(seed: UInt64, accounts: Int, months: Int) {
    // Every positive cell belongs to exactly one cohort, so summing cohorts by calendar month
    // gives the bridge's closing MRR (which counts negative cells as zero, as cohorts do).
    let c = T.random(seed: seed, accounts: accounts, months: months, negatives: true)
    let cohorts = Cohorts.compute(c)
    var byMonth = [Int64](repeating: 0, count: months)
    var payers = 0
    for cohort in cohorts.cohorts {
      let s = c.offset(of: cohort.startMonth)
      for (k, v) in cohort.mrrByAge.enumerated() { byMonth[s + k] += v }
      #expect(cohort.mrrByAge.count == months - s)
      #expect(cohort.activeByAge[0] == cohort.accounts)
      payers += cohort.accounts
    }
    #expect(payers + cohorts.accountsNeverPaid == accounts)
    #expect(Array(byMonth[1...]) == Bridge.monthly(c).map(\.closing))
  }

  @Test(arguments: [(33 as UInt64, 3_000, 24), (34, 40, 7)])
  func matchesAPlainPerAccountReference(seed: UInt64, accounts: Int, months: Int) {
    let c = T.random(seed: seed, accounts: accounts, months: months, negatives: true)
    var mrr = [[Int64]](repeating: [Int64](repeating: 0, count: months), count: months)
    var active = [[Int]](repeating: [Int](repeating: 0, count: months), count: months)
    var members = [Int](repeating: 0, count: months)
    for a in 0..<accounts {
      let row = (0..<months).map { c.revenue.mrr(account: a, month: $0) }
      guard let start = row.firstIndex(where: { $0 > 0 }) else { continue }
      members[start] += 1
      for m in start..<months where row[m] > 0 {
        mrr[start][m - start] += row[m]
        active[start][m - start] += 1
      }
    }
    let cohorts = Cohorts.compute(c).cohorts
    #expect(
      cohorts.map { c.offset(of: $0.startMonth) } == members.indices.filter { members[$0] > 0 })
    for cohort in cohorts {
      let s = c.offset(of: cohort.startMonth)
      #expect(cohort.accounts == members[s])
      #expect(cohort.mrrByAge == Array(mrr[s].prefix(months - s)))
      #expect(cohort.activeByAge == Array(active[s].prefix(months - s)))
    }
  }

  @Test func singleMonthOfData() {
    let c = T.company([(T.account("A"), [700]), (T.account("B"), [0])])
    let cohorts = Cohorts.compute(c)
    #expect(cohorts.cohorts.count == 1)
    #expect(cohorts.cohorts[0].mrrByAge == [700])
    #expect(cohorts.cohorts[0].isLeftCensored)
    #expect(cohorts.accountsNeverPaid == 1)
  }
}
