import ARRCore
import Testing

@testable import ARRInput

/// An MRR movements log cut by date (the last N months, a data room's usual export) holds
/// customers that start mid-life, and none of those with no movement in it
/// (`docs/import.md`, "MRR movements log", "A log cut by date"; session 22, review lane: they
/// vanished with only the mid-life count said).
@Suite struct MovementLogCutTests {
  /// As of 2024-03. A: new 100, +20 in March (120). B: +40, −10 (at least 30 after: the
  /// level before is at least 0). C: −20 (at least 0 after: it was at least 20). D: churned in
  /// February, reactivated at 70 in March (known from its churn: 70).
  static let cut = """
    date,customer,type,mrr_change
    2024-01-15,A,new,100
    2024-01-20,B,expansion,40
    2024-02-15,B,contraction,-10
    2024-02-10,C,contraction,-20
    2024-02-12,D,churn,
    2024-03-05,D,reactivation,70
    2024-03-20,A,expansion,20
    """

  /// B, C and D are left out; by their movements they pay at least 30 + 0 + 70 = 100 a month
  /// at as-of: the range runs from A's 120 × 12 = 1,440 to 220 × 12 = 2,640.
  @Test func aCutLogSaysSoAndPricesItsMidLifeCustomers() throws {
    let c = try importCube(Self.cut, name: "movements.csv")
    #expect(c.accounts.map(\.id) == ["A"])
    #expect(c.log.files[0].midLifeLeftOut == 3)
    let finding = try #require(c.log.findings.first { $0.contains("cut by date") })
    #expect(finding.contains("3 customers start mid-life"))
    #expect(finding.contains("first \"B\" on line 3"))
    #expect(finding.contains("at least $100.00 a month in 2024-03"))
    #expect(finding.contains("no movement in the log since 2024-01 is not in it at all"))
    let summary = try #require(try c.company().company.dataQuality.imported)
    #expect(summary.ambiguousARRLow == 144_000 && summary.ambiguousARRHigh == 264_000)
    #expect(summary.ambiguousChoices.map(\.code) == ["mid_life_customers"])
  }

  /// The least level by hand: +40 −10 → 30; −20 → 0; +40 −50 → 0 (it was at least 10);
  /// churn then +70 → 70; +40, churn, −0 → 0.
  @Test func theLeastLevelTheMovementsAllow() {
    func e(_ kind: MovementKind, _ cents: Int64?) -> MovementLog.Event {
      MovementLog.Event(account: 0, month: 0, day: nil, line: 2, kind: kind, cents: cents)
    }
    func least(_ events: [MovementLog.Event]) -> Int64 {
      MovementLog.leastLevel(events[...], signs: .signed)
    }
    #expect(least([e(.expansion, 40), e(.contraction, -10)]) == 30)
    #expect(least([e(.contraction, -20)]) == 0)
    #expect(least([e(.expansion, 40), e(.contraction, -50)]) == 0)
    #expect(least([e(.churn, nil), e(.reactivation, 70)]) == 70)
    #expect(least([e(.expansion, 40), e(.churn, -40)]) == 0)
    // Losses written as sizes: +40, 10 → 30.
    #expect(
      MovementLog.leastLevel([e(.expansion, 40), e(.contraction, 10)][...], signs: .sizes) == 30)
  }

  /// A log whose customers all start with a new one says nothing of a cut; one whose mid-life
  /// customers a level column opens still says the log may be cut, with no range (nothing is
  /// left out that the movements could price).
  @Test func aLevelColumnOpensThemButTheCutIsStillSaid() throws {
    let whole = try importCube(
      "date,customer,type,mrr_change\n2024-01-15,A,new,100\n2024-02-15,A,contraction,-20\n",
      name: "movements.csv")
    #expect(!whole.log.findings.contains { $0.contains("cut by date") })
    let text = """
      date,customer,type,mrr_change,mrr_after
      2024-01-15,A,new,100,100
      2024-02-15,B,expansion,40,240
      2024-03-15,B,contraction,-10,230
      """
    let c = try importCube(text, name: "movements.csv")
    #expect(c.accounts.map(\.id) == ["A", "B"])
    let finding = try #require(c.log.findings.first { $0.contains("cut by date") })
    #expect(finding.contains("1 customer starts mid-life (first \"B\" on line 3)"))
    #expect(c.otherReadingAsOfMRR == nil)
  }
}
