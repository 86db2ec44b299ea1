import ARRCore
import ARRProjection
import Testing

@Suite("Kaplan–Meier")
struct KaplanMeierTests {
  /// The 6-MP arm of Freireich et al. (1963), remission lengths in weeks, `false` = censored
  /// (still in remission): Klein & Moeschberger, "Survival Analysis", 2nd ed., §1.2 and
  /// Example 4.1 (R: KMsurv::drug6mp, columns t2 and relapse).
  static let durations = [
    6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35,
  ]
  static let relapsed = [
    true, true, true, false, true, false, true, false, false, true, true, false, false, false,
    true, true, false, false, false, false, false,
  ]

  @Test func sixMPReproducesThePublishedTable() throws {
    let curve = try KaplanMeier.estimate(durations: Self.durations, isEvent: Self.relapsed)
    let events = curve.filter { $0.events > 0 }
    // Klein & Moeschberger (2003), Example 4.1, as printed by R's
    // summary(survfit(Surv(t2, relapse) ~ 1, data = drug6mp)):
    // time n.risk n.event survival std.err
    //    6     21       3    0.857  0.0764
    //    7     17       1    0.807  0.0869
    //   10     15       1    0.753  0.0963
    //   13     12       1    0.690  0.1068
    //   16     11       1    0.627  0.1141
    //   22      7       1    0.538  0.1282
    //   23      6       1    0.448  0.1346
    let published: [(Int, Int, Int, Double, Double)] = [
      (6, 21, 3, 0.857, 0.0764), (7, 17, 1, 0.807, 0.0869), (10, 15, 1, 0.753, 0.0963),
      (13, 12, 1, 0.690, 0.1068), (16, 11, 1, 0.627, 0.1141), (22, 7, 1, 0.538, 0.1282),
      (23, 6, 1, 0.448, 0.1346),
    ]
    try #require(events.count == published.count)
    for (point, row) in zip(events, published) {
      #expect(point.time == row.0)
      #expect(point.atRisk == row.1)
      #expect(point.events == row.2)
      #expect(abs(point.survival - row.3) < 0.0005)
      #expect(abs(point.standardError - row.4) < 0.00005)
    }
  }

  @Test func eventsComeBeforeCensoringsAtATie() throws {
    // At t = 6 three relapse and one is censored: all four are at risk, so Ŝ(6) = 1 − 3/21,
    // and the censored one leaves the risk set only afterwards (17 at risk at t = 7).
    let curve = try KaplanMeier.estimate(durations: Self.durations, isEvent: Self.relapsed)
    let six = try #require(curve.first { $0.time == 6 })
    #expect(six.atRisk == 21)
    #expect(six.censored == 1)
    #expect(six.survival == 1 - 3.0 / 21)
    #expect(curve.first { $0.time == 7 }?.atRisk == 17)
  }

  @Test func censoringOnlyTimesKeepTheCurveFlat() throws {
    let curve = try KaplanMeier.estimate(durations: [1, 2, 3], isEvent: [true, false, true])
    #expect(curve.map(\.time) == [1, 2, 3])
    #expect(curve[0].survival == 1 - 1.0 / 3)
    #expect(curve[1].survival == curve[0].survival)
    #expect(curve[1].standardError == curve[0].standardError)
    // Everyone left at risk churns: Ŝ = 0 and its standard error is reported as 0.
    #expect(curve[2].survival == 0)
    #expect(curve[2].standardError == 0)
  }

  @Test func greenwoodByHand() throws {
    // n = 4, one event at t = 1 (Ŝ = 3/4), one at t = 2 (Ŝ = 3/4·2/3 = 1/2).
    // Var Ŝ(2) = (1/2)² (1/(4·3) + 1/(3·2)) = 1/4 · 1/4 = 1/16, SE = 1/4.
    let curve = try KaplanMeier.estimate(
      durations: [1, 2, 5, 5], isEvent: [true, true, false, false])
    #expect(abs(curve[1].survival - 0.5) < 1e-15)
    #expect(abs(curve[1].standardError - 0.25) < 1e-15)
    #expect(curve[2].atRisk == 2 && curve[2].censored == 2)
  }

  @Test func badInputThrowsDataErrors() {
    #expect(throws: ARRQualityError.self) {
      try KaplanMeier.estimate(durations: [1, 2], isEvent: [true])
    }
    do {
      _ = try KaplanMeier.estimate(durations: [1, -2], isEvent: [true, false])
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .invalidData)
      #expect(error.message.contains("-2"))
    }
  }

  @Test func emptyInputGivesAnEmptyCurve() throws {
    #expect(try KaplanMeier.estimate(durations: [], isEvent: []).isEmpty)
  }

  /// The estimate from counts per duration is the estimate from the list of accounts (the
  /// reference), point for point and bit for bit: on the published table, on random lists
  /// with many ties, and on nothing.
  @Test func countsGiveTheEstimateOfTheList() throws {
    func counts(_ durations: [Int], _ events: [Bool]) -> [(censored: Int, events: Int)] {
      var c = [(censored: Int, events: Int)](
        repeating: (0, 0), count: (durations.max() ?? -1) + 1)
      for (d, e) in zip(durations, events) {
        if e { c[d].events += 1 } else { c[d].censored += 1 }
      }
      return c
    }
    var lists = [(Self.durations, Self.relapsed), ([], [])]
    var rng = SeededGenerator(seed: 11)
    for n in [1, 7, 300, 5_000] {
      let d = (0..<n).map { _ in Int(rng.next() % 40) }
      let e = (0..<n).map { _ in rng.next() % 3 != 0 }
      lists.append((d, e))
    }
    for (d, e) in lists {
      let reference = try KaplanMeier.estimate(durations: d, isEvent: e)
      let counted = KaplanMeier.estimate(counts: counts(d, e))
      #expect(counted == reference)
      #expect(
        counted.map(\.survival.bitPattern) == reference.map(\.survival.bitPattern)
          && counted.map(\.standardError.bitPattern)
            == reference.map(\.standardError.bitPattern)
      )
    }
  }
}
