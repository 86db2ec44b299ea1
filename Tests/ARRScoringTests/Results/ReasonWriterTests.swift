import ARRCore
import ARRGenerator
import ARRTestSupport
import Testing

@testable import ARRScoring

/// ``ReasonWriter`` (the reports' fast path) writes, for every account, the same reasons as
/// ``ScoringResult/reasons(for:)`` (the simple reference: values measured alone, groups sorted),
/// and the same signal values as ``ScoringResult/signals(for:)`` and
/// ``ScoringResult/activitySignals(for:)``.
@Suite struct ReasonWriterTests {
  /// Every account's reasons as the writer gives them, decoded.
  static func written(_ result: ScoringResult) -> [[String]] {
    result.withReasonWriter { writer in
      result.scores.map { s in
        writer.load(s)
        return (0..<writer.count).map { String(decoding: writer.reason($0), as: UTF8.self) }
      }
    } ?? []
  }

  @Test(arguments: GeneratorProfile.allCases)
  func writerMatchesTheReference(profile: GeneratorProfile) throws {
    let result = Scoring.run(try Fixture.generated(profile, accounts: 300))
    let reference = result.scores.map(result.reasons(for:))
    #expect(reference.contains { $0.count == 3 })
    #expect(Self.written(result) == reference)
  }

  /// An activity column with weight: its reasons (level or trend, by the column's name) come
  /// out the same.
  @Test func activityReasonsMatchTheReference() throws {
    let company = try Fixture.generated(
      .plgSMB, accounts: 300, months: 18, seed: 5, hasLogins: true)
    var weights = RiskWeights.defaults.including(activityColumns: ["logins"])
    weights.weights[Signal.count] = -3
    weights.weights[Signal.count + 1] = -3
    let result = Scoring.run(company, weights: weights)
    let reference = result.scores.map(result.reasons(for:))
    #expect(reference.joined().contains { $0.hasPrefix("logins ") })
    #expect(Self.written(result) == reference)
    // Signal values, asked before and after the reasons of the same account and of others.
    let values = result.withReasonWriter { writer in
      result.scores.map { s -> [Double?] in
        if s.account % 2 == 0 { writer.load(s) }
        let v = writer.signalValues(for: s).map { $0.isNaN ? nil : $0 }
        if s.account % 3 == 0 { writer.load(s) }
        return v
      }
    }
    #expect(
      values
        == result.scores.map { s in
          result.signals(for: s).map(\.value) + result.activitySignals(for: s).map(\.value)
        })
    #expect(values?.first?.count == Signal.count + 2)
    let other = Scoring.run(try Fixture.generated(.plgSMB, accounts: 50))
    // No account, no writer.
    var empty = other
    empty.scores = []
    #expect(empty.withReasonWriter { _ in 1 } == nil)
  }

  /// ``ReasonText`` writes numbers and dates as `String(n)` and `CivilDate.description` do.
  @Test func numbersAndDatesAsStringsWriteThem() {
    for n in [0, 1, 9, 10, 99, 100, 12_345, -1, -40, Int.max, Int.min] {
      var t = ReasonText()
      t.append(n)
      #expect(String(decoding: t.bytes, as: UTF8.self) == String(n))
    }
    for d in ["0001-01-01", "0999-12-31", "2026-02-01", "9999-12-31"] {
      var t = ReasonText()
      t.append(Fixture.date(d))
      #expect(String(decoding: t.bytes, as: UTF8.self) == d)
    }
    // Tenure in whole months: an account in its first month has "under 1 month", not 0.
    for (months, text) in [(0, "under 1 month"), (1, "1 month"), (8, "8 months")] {
      var t = ReasonText()
      t.tenure(months)
      #expect(String(decoding: t.bytes, as: UTF8.self) == text)
    }
    for x in [0.0, 0.004, 0.005, 0.384, 0.995, 1, 1.5, -0.384] {
      var t = ReasonText()
      t.percent(x)
      #expect(String(decoding: t.bytes, as: UTF8.self) == String(Int((x * 100).rounded())) + "%")
    }
  }
}
