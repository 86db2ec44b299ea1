// BillingsSpreader: an off-cycle invoice's period, and whether the next renewal confirms it as an add-on.
import ARRCore

extension BillingsSpreader {
  /// The anchor whose period holds `off` and the next anchor of its chain (if any); before the
  /// chain's first anchor, no anchor and the first one as next (a period that began before the
  /// data, ending at that anchor's service start).
  static func anchors(
    around off: (month: Int, amount: Int64, chain: Int), in r: BillingRhythm
  ) -> (anchor: BillingRhythm.Anchor?, next: BillingRhythm.Anchor?) {
    let chain = r.chains[off.chain]
    guard let k = chain.lastIndex(where: { $0.billed <= off.month }) else { return (nil, chain[0]) }
    return (chain[k], k + 1 < chain.count ? chain[k + 1] : nil)
  }

  /// First month after the service period an off-cycle invoice is co-termed with.
  static func periodEnd(
    _ around: (anchor: BillingRhythm.Anchor?, next: BillingRhythm.Anchor?), rhythm: Int
  ) -> Int {
    if let a = around.anchor { return a.serviceStart + (a.term ?? rhythm) }
    return around.next!.serviceStart
  }

  static func isConfirmedAddOn(
    _ off: (month: Int, amount: Int64, chain: Int), anchor: BillingRhythm.Anchor,
    next: BillingRhythm.Anchor, rhythm: Int
  ) -> Bool {
    let left = max(1, anchor.serviceStart + rhythm - off.month)
    let scaled = Double(off.amount) * Double(rhythm) / Double(left)
    let step = Double(next.amount - anchor.amount)
    // A credit (negative) is confirmed by a step down of at least the same share.
    return off.amount >= 0 ? step >= addOnStepShare * scaled : step <= addOnStepShare * scaled
  }
}
