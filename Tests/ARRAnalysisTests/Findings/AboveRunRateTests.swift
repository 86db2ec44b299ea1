import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `quality_above_run_rate`: usage contracts whose quality-adjusted ARR exceeds 12 × what they
/// bill in the as-of month, a spike in their 3-month average (render review 35, R35-1).
@Suite struct AboveRunRateTests {
  static func account(_ id: String, _ type: ContractType) -> Account {
    Account(
      id: id, name: id == "U" ? "Summit Labs" : nil, contractType: type,
      billingCadence: .monthly, startDate: CivilDate.firstDay(of: Month(year: 2023, month: 1)))
  }

  /// 12 months. U (usage) bills 100 a month, 1,000 in the tenth, then 100 and 100: recurring
  /// ARR 12 × (1,000 + 100 + 100) ÷ 3 = 4,800, against 1,200 billed at the as-of rate; M
  /// (monthly) 1,000 throughout. U's quality-adjusted ARR less 1,200 is the excess; it is over
  /// 1% of quality-adjusted ARR, so the finding is raised and names U by its name.
  @Test func aSpikeInTheWindowIsSaid() throws {
    let company = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [
        Array(repeating: 10_000, count: 9) + [100_000, 10_000, 10_000],
        Array(repeating: 100_000, count: 12),
      ])
    let analysis = Analysis.run(company)
    let u = try #require(analysis.scoring.scores.first { $0.account == 0 })
    #expect(u.recurringARR == 480_000)
    let excess = u.qualityAdjustedARR - 120_000
    #expect(excess > 0)
    let finding = try #require(analysis.findings.first { $0.code == .qualityAboveRunRate })
    let f = NumberFormat(currency: "USD")
    let share = Double(excess) / Double(analysis.scoring.qualityAdjustedARR)
    #expect(finding.weight == share)
    #expect(finding.severity == (share >= 0.05 ? .warning : .info))
    #expect(
      finding.message.hasPrefix(
        "1 usage account's quality-adjusted ARR exceeds 12 × what it bills in 2024-12, by "
          + "\(f.compactMoney(cents: excess)) in all"))
    #expect(
      finding.message.contains(
        "(largest: \"Summit Labs\" (U), \(f.compactMoney(cents: u.qualityAdjustedARR)) against "
          + "$1.20K billed at the current rate)"))
    // Flat at 100 in the 6 months before the window: no swing, so the 1,000 is a spike.
    #expect(finding.message.contains("which keeps a recent spike in"))
    #expect(
      finding.message.hasSuffix(
        "If the spikes do not recur, quality-adjusted ARR is overstated by up to that much."))
  }

  /// Trial 37, T37-19: usage that alternates 100 / 1,000 every month (U0 in one phase, U1 in
  /// the other) is its usual swing, not a spike. U0's window (2024-10 … 12) is 100, 1,000,
  /// 100: recurring 12 × 400 = 4,800 against 1,200 billed; its 6 months before (2024-04 … 09)
  /// swing ±450 around 550, 81.8% of its level, more than the 1 − 1,200 ÷ 4,800 = 75% it
  /// bills below its average. U1's window is 1,000, 100, 1,000: recurring 8,400 against
  /// 12,000 billed, so at the as-of rate it would add its retention probability × 3,600. The
  /// finding says both sides and is information: nothing is left at stake.
  @Test func aClockworkSwingIsNotASpike() throws {
    let swinging = (0..<12).map { m -> Int64 in m % 2 == 0 ? 100_000 : 10_000 }
    let other = (0..<12).map { m -> Int64 in m % 2 == 0 ? 10_000 : 100_000 }
    let company = Fixture.company(
      [Self.account("U0", .usage), Self.account("U1", .usage), Self.account("M", .monthly)],
      mrr: [swinging, other, Array(repeating: 100_000, count: 12)])
    let analysis = Analysis.run(company)
    let u0 = try #require(analysis.scoring.scores.first { $0.account == 0 })
    let u1 = try #require(analysis.scoring.scores.first { $0.account == 1 })
    #expect(u0.recurringARR == 480_000 && u1.recurringARR == 840_000)
    let finding = try #require(analysis.findings.first { $0.code == .qualityAboveRunRate })
    #expect(finding.severity == .info)
    let f = NumberFormat(currency: "USD")
    let gain = (360_000 * u1.retentionProbability).rounded()
    #expect(!finding.message.contains("spike in"))
    let added = f.compactMoney(cents: Int64(gain))
    var expected = "It bills below its average by no more than its own month-to-month swing in "
    expected += "the 6 months before the window (usage volatility): its average is its usual "
    expected += "level, not a spike. Against it, 1 usage account bills above its 3-month "
    expected += "average in 2024-12: at that month's rate it would add \(added) of "
    expected += "quality-adjusted ARR. On balance, usage counted at the as-of month's rate "
    expected += "would not lower quality-adjusted ARR."
    #expect(finding.message.hasSuffix(expected))
  }

  /// Trial 37, T37-19: a usage account billing 1,000 a month and $0 in the as-of month (in
  /// arrears, not yet billed; or gone) is said as billing nothing, not as a spike; the whole
  /// excess stays at stake.
  @Test func aZeroAsOfMonthIsSaidAsBilledNothing() throws {
    let company = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [
        Array(repeating: 100_000, count: 11) + [0],
        Array(repeating: 100_000, count: 12),
      ])
    let analysis = Analysis.run(company)
    let u = try #require(analysis.scoring.scores.first { $0.account == 0 })
    let finding = try #require(analysis.findings.first { $0.code == .qualityAboveRunRate })
    let share = Double(u.qualityAdjustedARR) / Double(analysis.scoring.qualityAdjustedARR)
    #expect(finding.severity == (share >= 0.05 ? .warning : .info))
    #expect(!finding.message.contains("spike"))
    #expect(finding.message.contains("against nothing billed in 2024-12)."))
    #expect(
      finding.message.hasSuffix(
        "It billed nothing in 2024-12: usage billed in arrears and not yet billed for the "
          + "month, or an account that left. If it has left, quality-adjusted ARR is overstated "
          + "by up to that much."))
  }

  /// Flat usage (100 every month), and a spike in the as-of month itself (its run-rate is
  /// above its average), raise nothing; nor does a monthly account.
  @Test(arguments: [
    Array(repeating: 10_000 as Int64, count: 12),
    Array(repeating: 10_000 as Int64, count: 11) + [100_000],
  ])
  func noSpikeBehindTheRunRateSaysNothing(usage: [Int64]) {
    let company = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [usage, Array(repeating: 100_000, count: 12)])
    #expect(!Analysis.run(company).findings.contains { $0.code == .qualityAboveRunRate })
  }

  /// The tally by hand: quality 4,800 against a run-rate of 1,200 (excess 3,600), 1,000 against
  /// 1,000 and 500 against 900 (nothing: at or under the run-rate), 2,000 against 1,000 (excess
  /// 1,000): 2 accounts, 4,600 in all, the largest the first.
  @Test func theTallyCountsOnlyAccountsAboveTheirRunRate() throws {
    var tally = RunRateExcess()
    tally.add(account: 0, quality: 4_800, runRate: 1_200)
    tally.add(account: 1, quality: 1_000, runRate: 1_000)
    tally.add(account: 2, quality: 500, runRate: 900)
    tally.add(account: 3, quality: 2_000, runRate: 1_000)
    #expect(tally.count == 2)
    #expect(tally.excess == 4_600)
    let largest = try #require(tally.largest)
    #expect(largest.account == 0 && largest.quality == 4_800 && largest.runRate == 1_200)
  }

  /// What is at stake, by hand: a spike (4,800 against 1,200: 3,600), an account within its
  /// swing (2,000 against 1,000: 1,000) and one billed above its average (recurring 1,000,
  /// billing 1,200, staying at 0.5: it would add 100): 4,600 − 1,000 − 100 = 3,500.
  @Test func theStakeNetsSwingsAndAccountsAboveTheirAverage() {
    var tally = RunRateExcess()
    tally.add(account: 0, quality: 4_800, runRate: 1_200, kind: .spike)
    tally.add(account: 1, quality: 2_000, runRate: 1_000, kind: .withinSwing)
    tally.add(account: 2, quality: 700, runRate: 1_200, recurring: 1_000, probability: 0.5)
    #expect(tally.count == 2 && tally.excess == 4_600)
    #expect(tally.withinSwing == 1 && tally.withinSwingExcess == 1_000)
    #expect(tally.aboveAverage == 1 && tally.aboveAverageGain == 100)
    #expect(tally.atStake == 3_500)
    tally.add(account: 3, quality: 500, runRate: 10_000, recurring: 1_000, probability: 1)
    #expect(tally.atStake == 0)
  }

  /// The T37-19 parts merge as the rest do: two ranges' tallies, merged, are the one tally.
  @Test func theKindsMergeAcrossRanges() {
    var one = RunRateExcess()
    var first = RunRateExcess()
    var second = RunRateExcess()
    for (a, kind) in [RunRateExcess.Kind.spike, .withinSwing, .billedNothing].enumerated() {
      one.add(account: a, quality: 2_000, runRate: a == 2 ? 0 : 1_000, kind: kind)
      if a < 2 {
        first.add(account: a, quality: 2_000, runRate: 1_000, kind: kind)
      } else {
        second.add(account: a, quality: 2_000, runRate: 0, kind: kind)
      }
    }
    one.add(account: 3, quality: 700, runRate: 1_200, recurring: 1_000, probability: 0.5)
    second.add(account: 3, quality: 700, runRate: 1_200, recurring: 1_000, probability: 0.5)
    first.merge(second)
    #expect(first == one)
    #expect(one.billedNothing == 1 && one.withinSwing == 1 && one.aboveAverageGain == 100)
    // 1,000 + 1,000 + 2,000 − 1,000 (within swing) − 100 (above average) = 2,900.
    #expect(one.atStake == 2_900)
  }

  /// The edges: 4,600 of 460,000 is exactly 1% (said, information), of 460,001 just under
  /// (nothing); of 92,000 exactly 5% (a warning), of 92,001 just under (information).
  @Test(arguments: [
    (460_000 as Int64, Finding.Severity?.some(.info)), (460_001, nil),
    (92_000, .warning), (92_001, .info),
  ])
  func theShareSetsTheSeverity(total: Int64, severity: Finding.Severity?) {
    var tally = RunRateExcess()
    tally.add(account: 0, quality: 5_800, runRate: 1_200)
    #expect(RunRateExcess.severity(share: tally.share(of: total)) == severity)
  }

  /// `--as-of` cuts the company at its month: the spike company above, run on three more flat
  /// months, says nothing at its end (the 3-month average is back at the run-rate) and, cut at
  /// 2024-12, says what the 12-month company says.
  @Test func theAsOfMonthIsTheOneRead() throws {
    let spike = Array(repeating: 10_000 as Int64, count: 9) + [100_000, 10_000, 10_000]
    let company = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [spike + [10_000, 10_000, 10_000], Array(repeating: 100_000, count: 15)])
    #expect(!Analysis.run(company).findings.contains { $0.code == .qualityAboveRunRate })
    let cut = Analysis.run(company.pointInTime(Month(year: 2024, month: 12)))
    let finding = try #require(cut.findings.first { $0.code == .qualityAboveRunRate })
    #expect(finding.message.contains("exceeds 12 × what it bills in 2024-12"))
    #expect(finding.message.contains("against $1.20K billed at the current rate"))
  }

  /// A usage contract with a committed minimum counts at its 3-month average as any usage
  /// contract does (``RecurringRevenue``), so a spike above its minimum is said the same way:
  /// U commits to 100 a month and bills it, with 1,000 in the tenth month.
  @Test func aCommittedMinimumDoesNotHideASpike() throws {
    var u = Self.account("U", .usage)
    u.committedMRR = 10_000
    let company = Fixture.company(
      [u, Self.account("M", .monthly)],
      mrr: [
        Array(repeating: 10_000, count: 9) + [100_000, 10_000, 10_000],
        Array(repeating: 100_000, count: 12),
      ])
    let analysis = Analysis.run(company)
    let score = try #require(analysis.scoring.scores.first { $0.account == 0 })
    #expect(score.recurringARR == 480_000)
    let finding = try #require(analysis.findings.first { $0.code == .qualityAboveRunRate })
    #expect(finding.message.contains("against $1.20K billed at the current rate"))
  }

  /// Tallies of account ranges merged in order are the tally of the accounts added one by one,
  /// split at every place: the count, the excess and the largest, the first of equals (excesses
  /// 50, 0, 300, 120, 300, −20, 300: the first 300 is account 2).
  @Test func rangesMergedInOrderAreOneTally() {
    let rows: [(quality: Int64, runRate: Int64)] = [
      (150, 100), (100, 100), (400, 100), (220, 100), (500, 200), (80, 100), (900, 600),
    ]
    var one = RunRateExcess()
    for (a, r) in rows.enumerated() { one.add(account: a, quality: r.quality, runRate: r.runRate) }
    #expect(one.count == 5)
    #expect(one.excess == 1_070)
    #expect(one.largest?.account == 2)
    func tally(_ range: Range<Int>) -> RunRateExcess {
      var t = RunRateExcess()
      for a in range { t.add(account: a, quality: rows[a].quality, runRate: rows[a].runRate) }
      return t
    }
    for i in 0...rows.count {
      for j in i...rows.count {
        var merged = tally(0..<i)
        merged.merge(tally(i..<j))
        merged.merge(tally(j..<rows.count))
        #expect(merged == one)
      }
    }
  }
}
