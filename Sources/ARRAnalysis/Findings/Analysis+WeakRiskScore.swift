import ARRCore
import ARRScoring

/// Last year's evidence on the risk score when it does not show that the score ranks churners
/// (`poor_discrimination`): the out-of-sample AUC, how many churners it rests on, and each
/// reason the evidence falls short (`docs/findings.md`, `poor_discrimination`).
///
/// One rule for every company and every import (render review 28, R28-4: two exports of one
/// company, AUC 0.599 and 0.62 on the same 11 churners of 108, got opposite verdicts from a
/// bare 0.6 threshold): the score is weak when its AUC is under 0.6, **or** when the churners
/// are too few for the AUC's 95% range to exclude chance, **or**, when the figures sum the
/// score's own churn odds (a fitted model, ``RetentionSource/model``), when those odds did no
/// better than giving every account the year's average churn (Brier score). Under the classes'
/// observed departures (``RetentionSource/backtestClassDepartures``) each class is priced at
/// its own churn as far as the AUC supports a split (``Backtest/classStayProbability(_:defaults:)``,
/// the pooled rate below 0.5), so the score's ranking is what the figures rest on, not its odds.
public struct WeakRiskScore: Sendable, Equatable {
  /// Why the evidence falls short.
  public enum Reason: Sendable, Equatable {
    /// The AUC is under ``Finding/poorDiscriminationAUC``.
    case belowExpected
    /// The AUC's 95% range (Hanley–McNeil) reaches 0.5: too few churners to tell the score
    /// from chance.
    case chanceNotExcluded
    /// The Brier score is no lower than the base rate's, and the retention probabilities are
    /// the score's own odds (``RetentionSource/model``).
    case noBetterThanBaseRate
  }

  /// The out-of-sample AUC of the model used today.
  public var auc: Double
  /// The AUC's 95% range (``Analysis/aucRange(_:churners:stayed:)``).
  public var range: ClosedRange<Double>
  /// Accounts scored in the backtest, and of them the churners.
  public var accounts: Int
  public var churners: Int
  /// The Brier score and the base rate's, when the backtest has a calibration.
  public var brier: Double?
  public var baseRateBrier: Double?
  /// Each reason that holds, in the order of ``Reason``; never empty.
  public var reasons: [Reason]
  /// Every class is priced at the company's pooled rate (``ScoringResult/isPricedPooled``):
  /// the figures rest on the company's observed departures, not on the score's ranking.
  public var isPricedPooled = false

  /// True when the score ranked churners worse than chance: its whole 95% range is under 0.5.
  /// An AUC under 0.5 whose range reaches 0.5 is too few churners to tell from chance, as one
  /// above it is (trial 37, T37-25: 0.00 on 1 churner of 11, and 0.40 on 6 of 66, range
  /// 0.18–0.62, read "worse than chance" and "carry no information").
  public var isWorseThanChance: Bool { range.upperBound < 0.5 }

  /// True when the figures built on the score are unsupported: it ranked churners worse than
  /// chance and they rest on its ranking. Priced at the pooled rate they do not (render review
  /// 33, R33-1: movements' quality-adjusted ARR, every class at the company's 89.5%, was
  /// "unsupported" although the classes did not move it).
  public var isUnsupported: Bool { isWorseThanChance && !isPricedPooled }

  /// True when the churners are enough to show the score does not rank them usefully: the
  /// 95% range reaches 0.5 but stops short of ``Finding/poorDiscriminationAUC``, so a score
  /// of the expected skill is excluded as chance is not (trial 37, T37-23: an AUC of 0.50 on
  /// 233 churners, range 0.46–0.54, read "too few to tell it from chance", telling a reader to
  /// get more data when the data had answered). A wider range is too few churners to tell.
  public var isShownNotToRank: Bool {
    reasons.contains(.chanceNotExcluded) && range.upperBound < Finding.poorDiscriminationAUC
  }

  /// The summary's word for the state: "at the company's pooled retention" when every class
  /// is priced at it, "unsupported" under an AUC of 0.5, else "weakly supported" (one word per
  /// state, render review 25, finding 3).
  public var word: String {
    isPricedPooled
      ? "at the company's pooled retention"
      : isWorseThanChance ? "unsupported" : "weakly supported"
  }
}

extension Analysis {
  /// z for a two-sided 95% range.
  static let aucRangeZ = 1.96

  /// The AUC's 95% range for `churners` positives and `stayed` negatives, clamped to 0…1:
  /// AUC ± 1.96 × SE, SE the larger of Hanley and McNeil's (1982), √((A(1−A) + (n₁−1)(Q₁−A²)
  /// + (n₂−1)(Q₂−A²)) ÷ (n₁n₂)), Q₁ = A ÷ (2 − A), Q₂ = 2A² ÷ (1 + A), and the Mann–Whitney
  /// statistic's under chance, √((n₁ + n₂ + 1) ÷ (12 n₁n₂)). `nil` without both.
  ///
  /// The two agree at an AUC of 0.5; Hanley and McNeil's shrinks toward 0 as the AUC nears 0
  /// or 1, and is 0 there, so 1 churner ranked last of 11 read "0.00–0.00", a certainty that
  /// the score ranks worse than chance, though chance ranks one churner last 1 time in 11
  /// (trial 37, T37-25). The larger never claims more than the sample can show.
  /// - Complexity: O(1).
  public static func aucRange(_ auc: Double, churners: Int, stayed: Int) -> ClosedRange<Double>? {
    guard churners > 0, stayed > 0, auc.isFinite else { return nil }
    let a = auc
    let n1 = Double(churners)
    let n2 = Double(stayed)
    let q1 = a / (2 - a)
    let q2 = 2 * a * a / (1 + a)
    let variance = (a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n2 - 1) * (q2 - a * a)) / (n1 * n2)
    let chance = (n1 + n2 + 1) / (12 * n1 * n2)
    let se = max(variance, chance).squareRoot()
    return max(0, a - aucRangeZ * se)...min(1, a + aucRangeZ * se)
  }

  /// The risk score's evidence when it is weak (``WeakRiskScore``), or `nil` when there is no
  /// backtest AUC or last year's outcomes show the score ranks churners: AUC at least
  /// ``Finding/poorDiscriminationAUC``, its 95% range above 0.5, and, where the retention
  /// probabilities are the model's odds, a Brier score below the base rate's. The AUC is the fitted model's cross-validated AUC when it is used, else the
  /// configured weights'; the counts are the backtest's scored accounts.
  public static func weakRiskScore(_ s: ScoringResult) -> WeakRiskScore? {
    guard let bt = s.backtest else { return nil }
    guard let auc = s.usedAUC else { return nil }
    let total = bt.total
    let range =
      aucRange(auc, churners: total.churned, stayed: total.accounts - total.churned)
      ?? (auc...auc)
    var reasons: [WeakRiskScore.Reason] = []
    if auc < Finding.poorDiscriminationAUC { reasons.append(.belowExpected) }
    if range.contains(0.5) { reasons.append(.chanceNotExcluded) }
    let cal = bt.calibration
    if s.retentionSource == .model, let cal, cal.brier >= cal.baseRateBrier {
      reasons.append(.noBetterThanBaseRate)
    }
    guard !reasons.isEmpty else { return nil }
    return WeakRiskScore(
      auc: auc, range: range, accounts: total.accounts, churners: total.churned,
      brier: cal?.brier, baseRateBrier: cal?.baseRateBrier, reasons: reasons,
      isPricedPooled: s.isPricedPooled)
  }
}

extension WeakRiskScore {
  /// Why the figures built on the score are weak, short, for the summary table's rows and
  /// `quality_gap` (the first reason that holds, in this order): "the risk score ranks churners
  /// worse than chance"; "11 churners are too few to show the risk score ranks them" (the
  /// AUC's 95% range holds 0.5: the range decides, not the point, session 35, render review
  /// 35, R35-8: Stripe's 0.599 "barely ranks", the ledger's 0.62 on the same churners "too
  /// few"); "the risk score barely ranks churners" (AUC under 0.6); "the risk score's odds did
  /// no better than the year's average churn".
  public func shortReason(_ f: NumberFormat) -> String {
    if isWorseThanChance { return "the risk score ranks churners worse than chance" }
    if isShownNotToRank {
      return (churners == 1 ? "1 churner shows" : "\(f.integer(churners)) churners show")
        + " the risk score does not rank them"
    }
    if reasons.contains(.chanceNotExcluded) {
      // The side of 0.5 the point falls on is said (render review 38, R38-2: movements' AUC of
      // 0.38, all 11 churners in the retained class, read only "too few").
      let who = churners == 1 ? "1 churner" : "\(f.integer(churners)) churners"
      return who + (auc < 0.5 ? ", ranked below chance," : "") + (churners == 1 ? " is" : " are")
        + " too few to show the risk score ranks them"
    }
    if reasons.contains(.belowExpected) { return "the risk score barely ranks churners" }
    return "the risk score's odds did no better than the year's average churn"
  }
}

extension Analysis {
  /// `poor_discrimination`: the score's AUC on its churners and accounts, each reason the
  /// evidence falls short (``WeakRiskScore/Reason``), and what that leaves of quality-adjusted
  /// ARR and the expected 12-month loss ("weakly supported", or "unsupported" under 0.5).
  static func poorDiscrimination(
    _ weak: WeakRiskScore, _ s: ScoringResult, f: NumberFormat
  ) -> Finding {
    let model =
      s.modelUsed == .fittedModel
      ? "the model fitted to this company"
      // One phrase for one fact, as Revenue quality names them (render review 25, finding
      // 16: "the configured weights" read as if someone had set them).
      : s.configuredWeights.overrides().isEmpty
        ? "the documented default weights" : "the `--weights` file's weights"
    // Where the 95% range holds 0.5 it decides the words and the AUC is printed with two
    // decimals, so the threshold is not said beside it: Stripe's 0.599 read "0.60 (0.5 is
    // chance, at least 0.6 is expected) … too few to tell it from chance", the bar met and the
    // warning raised anyway (review 35, finding 8). The range printed after it is the evidence.
    let isRangeDecided = weak.reasons.contains(.chanceNotExcluded)
    let bar =
      isRangeDecided
      ? "" : ", at least \(f.number(Finding.poorDiscriminationAUC, decimals: 1)) is expected"
    var evidence =
      "The risk score (\(model)) ranked last year's churners with an out-of-sample AUC of "
      + "\(aucText(weak.auc, f, range: weak.range)) (0.5 is chance\(bar)) on "
      + "\(count(weak.churners, "churner", f)) of \(count(weak.accounts, "account", f))"
    if weak.isShownNotToRank {
      // Enough churners to answer: the range excludes the skill a score is expected to have
      // (trial 37, T37-23).
      evidence +=
        ", enough to show it does not rank them (95% range "
        + "\(f.number(weak.range.lowerBound, decimals: 2))–"
        + "\(f.number(weak.range.upperBound, decimals: 2)), short of the "
        + "\(f.number(Finding.poorDiscriminationAUC, decimals: 1)) a useful score reaches)"
    } else if isRangeDecided {
      evidence +=
        (weak.auc < 0.5 ? ", below chance but" : ",")
        + " too few to tell it from chance (95% range "
        + "\(f.number(weak.range.lowerBound, decimals: 2))–"
        + "\(f.number(weak.range.upperBound, decimals: 2)))"
    }
    if weak.reasons.contains(.noBetterThanBaseRate), let b = weak.brier,
      let base = weak.baseRateBrier
    {
      evidence +=
        "; read as churn odds, its scores did no better than giving every account the year's "
        + "average churn (Brier score \(f.number(b, decimals: 3)) against "
        + "\(f.number(base, decimals: 3)))"
    }
    // A range that holds 0.5 decides the words, not the point (session 35, render review 35,
    // R35-8: Stripe's 0.599 "carry little information", the ledger's 0.62 on the same 11
    // churners "are not shown … to carry information").
    let carry =
      weak.isWorseThanChance
      ? "carry no information on this history (below 0.5 the score ranked churners worse "
        + "than chance)"
      : weak.isShownNotToRank
        ? "carry no information on this history"
        : weak.reasons.contains(.chanceNotExcluded)
          ? "are not shown by this history to carry information"
          : "carry little information on this history"
    // Priced at the pooled rate, the adjusted figures rest on the company's departures, not on
    // the classes: what to set aside is the classes and reasons (render review 33, R33-1).
    let consequence =
      weak.isPricedPooled
      ? ", so every class is priced at the company's pooled retention: quality-adjusted ARR "
        + "and the loss do not rest on the classes, whose labels and reasons are not to be "
        + "quoted as risk."
        // Headline's range is said by its own row and finding: not a third time here (render
        // review 40, R40-6: billings said "quote the range" three times on page one, and its
        // largest account's finding had no room).
      : ", so quality-adjusted ARR and the expected 12-month loss, built on the classes, are "
        + weak.word + ": quote headline ARR, and the adjusted figures only with this caveat."
    return Finding(
      code: .poorDiscrimination, severity: .warning,
      message: evidence + ": classes and reasons " + carry + consequence, weight: 1.5)
  }
}
