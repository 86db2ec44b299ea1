/// Predicted against observed 12-month churn by score band in the backtest, and the Brier
/// score: does the risk score read as a churn probability on this company?
/// (`docs/scoring.md`, "Calibration").
public struct Calibration: Sendable, Equatable {
  /// One score band.
  public struct Band: Sendable, Equatable {
    /// 1 for the lowest scores.
    public var band: Int
    /// Accounts scored in the band.
    public var accounts: Int
    /// Lowest and highest risk score in the band (0–100).
    public var lowScore: Double
    public var highScore: Double
    /// Mean predicted 12-month churn: the mean risk score ÷ 100.
    public var predictedChurn: Double
    /// Churned ÷ accounts.
    public var observedChurn: Double
  }

  /// Most bands (deciles).
  public static let maximumBands = 10
  /// Accounts a band needs on average: fewer accounts give fewer bands (at least one).
  public static let minimumBandAccounts = 20

  /// Bands in score order; accounts with the same score (0.001 resolution) share a band, so a
  /// band may hold more than its share and there may be fewer than planned.
  public var bands: [Band]
  /// Mean of (predicted churn − churned)² over the scored accounts.
  public var brier: Double
  /// The Brier score of predicting every account at the observed base rate q: q × (1 − q).
  /// A score that ranks and is calibrated beats it.
  public var baseRateBrier: Double
  /// Σ accounts × |predicted − observed| ÷ Σ accounts over the bands (expected calibration
  /// error): how far, on average, the predicted churn is from what happened.
  public var calibrationError: Double
}

extension AUCHistogram {
  /// The calibration of the scores held, or `nil` without any.
  /// - Complexity: O(bins + scores).
  var calibration: Calibration? {
    let (churned, stayed) = counts()
    var n = 0
    var churners = 0
    for b in 0..<Self.bins {
      n += Int(churned[b]) + Int(stayed[b])
      churners += Int(churned[b])
    }
    guard n > 0 else { return nil }
    let planned = max(1, min(Calibration.maximumBands, n / Calibration.minimumBandAccounts))
    var bands: [Calibration.Band] = []
    var count = 0
    var lost = 0
    var predicted = 0.0
    var low = -1
    var cumulative = 0
    var squaredError = 0.0
    for b in 0..<Self.bins {
      let c = Int(churned[b]) + Int(stayed[b])
      guard c > 0 else { continue }
      // Bin b holds scores b/1000, i.e. churn probability b/100,000.
      let p = Double(b) / 100_000
      squaredError += Double(churned[b]) * (1 - p) * (1 - p) + Double(stayed[b]) * p * p
      if low < 0 { low = b }
      count += c
      lost += Int(churned[b])
      predicted += Double(c) * p
      cumulative += c
      if cumulative * planned >= (bands.count + 1) * n || cumulative == n {
        bands.append(
          Calibration.Band(
            band: bands.count + 1, accounts: count, lowScore: Double(low) / 1000,
            highScore: Double(b) / 1000, predictedChurn: predicted / Double(count),
            observedChurn: Double(lost) / Double(count)))
        count = 0
        lost = 0
        predicted = 0
        low = -1
      }
    }
    let q = Double(churners) / Double(n)
    let error = bands.reduce(0.0) {
      $0 + Double($1.accounts) * abs($1.predictedChurn - $1.observedChurn)
    }
    return Calibration(
      bands: bands, brier: squaredError / Double(n), baseRateBrier: q * (1 - q),
      calibrationError: error / Double(n))
  }
}
