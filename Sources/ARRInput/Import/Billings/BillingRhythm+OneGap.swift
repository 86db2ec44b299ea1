import ARRCore

extension BillingRhythm {
  /// Whether a short rhythm (3 or 6 months) rests on one gap: a single continuation anchor,
  /// two invoices that far apart and no more (`docs/import.md`, "Rhythm"). Two invoices three
  /// months apart say as much of a monthly customer who bought twice as of a quarterly one, so
  /// the account's as-of MRR is a range (tava-health's public `invoices.csv`: C002's 80 in March
  /// and June read quarterly, 26.67 a month, with no range). Annual and longer rhythms are
  /// left out: two equal invoices a year apart are the common shape of two years of an annual
  /// contract.
  var restsOnOneGap: Bool {
    months >= 3 && months < 12 && chains.reduce(0) { $0 + $1.count - 1 } == 1
  }

  /// The as-of MRR (month offset `asOf`) of the anchors as spread (each ÷ ``months`` over its
  /// service period) and read as one month each (each its billed month's revenue).
  func asOfReadings(asOf: Int) -> (spread: Int64, monthly: Int64) {
    var spread: Int64 = 0
    var monthly: Int64 = 0
    for (c, chain) in chains.enumerated() {
      for anchor in chain {
        let t = term(of: anchor, chain: c)
        if anchor.serviceStart <= asOf && asOf < anchor.serviceStart + t {
          spread &+= Spreader.share(anchor.amount, t)
        }
        if anchor.billed == asOf { monthly &+= anchor.amount }
      }
    }
    return (spread, monthly)
  }

  /// The as-of MRR (month offset `asOf`) of the anchors spread over their chains' spacings
  /// (off-cycle invoices and monthly excesses aside): a reading compared with another rhythm's.
  func asOfSpread(asOf: Int) -> Int64 {
    var total: Int64 = 0
    for (c, chain) in chains.enumerated() {
      for anchor in chain {
        let r = term(of: anchor, chain: c)
        if anchor.serviceStart <= asOf && asOf < anchor.serviceStart + r {
          total &+= Spreader.share(anchor.amount, r)
        }
      }
    }
    return total
  }
}
