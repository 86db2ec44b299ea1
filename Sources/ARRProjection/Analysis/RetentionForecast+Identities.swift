extension RetentionForecast {
  /// The identities a forecast must satisfy that this one breaks, each in words
  /// (`docs/definitions.md`, "Identities"): its P10 ≤ P50 ≤ P90 ranges are finite, GRR and logo
  /// retention lie within 0 and 1, NDR is finite and not negative. Empty when all hold.
  /// - Complexity: O(1).
  public var brokenIdentities: [String] {
    var broken: [String] = []
    for (name, r) in [("NDR", ndrRange), ("GRR", grrRange), ("logo", logoRetentionRange)]
    where !(r.p10.isFinite && r.p90.isFinite && r.p10 <= r.p50 && r.p50 <= r.p90) {
      broken.append("the \(name) range \(r.p10) … \(r.p50) … \(r.p90) is not finite and in order")
    }
    if !(0...1).contains(grr) { broken.append("projected GRR \(grr) outside 0 … 1") }
    if !(0...1).contains(logoRetention) {
      broken.append("projected logo retention \(logoRetention) outside 0 … 1")
    }
    if !(ndr.isFinite && ndr >= 0) { broken.append("projected NDR \(ndr) not finite or negative") }
    return broken
  }
}
