import ARRQuality
import Testing

@testable import ARRReports

@Suite("retention report")
struct RetentionReportTests {
  let fit = try! ShiftedBetaGeometric.fit(survivalCounts: [100, 63.1, 46.8, 38.2])

  @Test func jsonHasTheContractKeysInOrder() throws {
    let json = RetentionReport.json(fit: fit, horizon: 12, discountRate: 0.1)
    guard case .object(let pairs) = json else {
      Issue.record("not an object")
      return
    }
    #expect(
      pairs.map(\.0) == [
        "alpha", "beta", "log_likelihood", "survival", "retention_rate", "del", "derl", "observed",
        "note",
      ])
    #expect(json["note"] == .null)
    guard case .array(let survival) = json["survival"],
      case .array(let rates) = json["retention_rate"],
      case .array(let derl) = json["derl"], case .array(let observed) = json["observed"]
    else {
      Issue.record("arrays missing")
      return
    }
    #expect(survival.count == 13)
    #expect(survival[0].doubleValue == 1)
    #expect(survival[5].doubleValue == fit.model.survival(5))
    #expect(rates.count == 12)
    #expect(rates[0].doubleValue == fit.model.retentionRate(1))
    #expect(derl.count == 12)
    #expect(
      derl[0].doubleValue
        == fit.model.discountedExpectedResidualLifetime(discountRate: 0.1, renewals: 0))
    #expect(json["del"]?.doubleValue == fit.model.discountedExpectedLifetime(discountRate: 0.1))
    #expect(observed.map(\.doubleValue) == [100, 63.1, 46.8, 38.2].map { Optional($0 / 100) })
    #expect(json["alpha"]?.doubleValue == fit.model.alpha)
  }

  @Test func undiscountedInfiniteLifetimeIsNullWithANote() throws {
    // α̂ < 1 for this series, so at d = 0 DEL and DERL diverge.
    try #require(fit.model.alpha <= 1)
    let json = RetentionReport.json(fit: fit, horizon: 12, discountRate: 0)
    #expect(json["del"] == .null)
    guard case .array(let derl) = json["derl"], case .string(let note) = json["note"] else {
      Issue.record("derl or note missing")
      return
    }
    #expect(derl.allSatisfy { $0 == .null })
    #expect(note == fit.model.lifetimeDivergenceNote(discountRate: 0))
    let text = RetentionReport.markdown(fit: fit, horizon: 5, discountRate: 0)
    #expect(text.contains("lifetime of a new customer) = infinite\n- " + note))
    #expect(text.contains("| 0 | infinite |"))
  }

  @Test func derlHasAtLeastEightValues() {
    let json = RetentionReport.json(fit: fit, horizon: 3, discountRate: 0.1)
    guard case .array(let derl) = json["derl"], case .array(let survival) = json["survival"] else {
      Issue.record("arrays missing")
      return
    }
    #expect(derl.count == 8)
    #expect(survival.count == 4)
  }

  @Test func markdownTableRows() {
    let text = RetentionReport.markdown(fit: fit, horizon: 5, discountRate: 0.1)
    #expect(text.contains("| Period | Observed | Fitted survival | Retention rate |"))
    // Row 0 is 100% observed and fitted; row 2 shows the observed 46.8%.
    #expect(text.contains("| 0 | 100.0% | 100.0% |  |"))
    #expect(text.contains("| 2 | 46.8% | "))
    // Periods past the data have no observed value.
    let r5 = NumberFormat.usd.percent(fit.model.retentionRate(5))
    #expect(text.contains("| 5 |  | \(NumberFormat.usd.percent(fit.model.survival(5))) | \(r5) |"))
    #expect(text.contains("| Renewals made | DERL (periods) |"))
    let rows = text.split(separator: "\n").filter {
      $0.hasPrefix("| ") && !$0.hasPrefix("| Period")
    }
    #expect(rows.count == 6 + 1 + 8)  // periods 0…5, DERL header, 8 DERL rows
  }

  @Test func fixedDecimalFormatting() {
    #expect(RetentionReport.fixed(0.70408, 4) == "0.7041")
    #expect(RetentionReport.fixed(-1680.2651, 2) == "-1680.27")  // no thousands separator
    #expect(RetentionReport.fixed(2.5, 0) == "3")
    #expect(NumberFormat.usd.percent(0.0306) == "3.1%")
  }

  /// A cohort that lost every account (session 28, t28b lane): 100, 40, 0 is data. By hand,
  /// nobody is censored, so one churn rate for all fits best: lost 60 at period 1 and 40 at
  /// period 2 give 100 ln θ + 40 ln(1 − θ), peaking at θ = 100/140 = 71.4%: α and β run to the
  /// bound together (the geometric limit). Both notes are said, in Markdown and in JSON.
  @Test func aCohortThatLostEveryAccountSaysSo() throws {
    let lost = try ShiftedBetaGeometric.fit(survivalCounts: [100, 40, 0])
    #expect(lost.model.isGeometricLimit)
    #expect(abs(lost.model.meanChurn - 100.0 / 140.0) < 1e-6)
    let all =
      "Every account was lost by period 2 (observed survival 0%): the fitted survival after it "
      + "is the model's projection, which no observed cohort reaches."
    let limit =
      "α and β both ran past 10,000: the geometric limit, one churn rate for every customer "
      + "(71.4% a period); the data show no spread of churn rates, so α and β themselves carry "
      + "no meaning."
    let markdown = RetentionReport.markdown(fit: lost, horizon: 12, discountRate: 0.1)
    #expect(markdown.contains("- " + all + "\n- " + limit + "\n"))
    let json = RetentionReport.json(fit: lost, horizon: 12, discountRate: 0.1)
    #expect(json["note"] == .string(all + " " + limit))
    #expect(json["del"]?.doubleValue?.isFinite == true)
    // The paper's fit has neither note.
    #expect(RetentionReport.noteList(fit: fit, discountRate: 0.1).isEmpty)
  }
}
