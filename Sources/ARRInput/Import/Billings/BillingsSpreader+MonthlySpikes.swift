// BillingsSpreader: a monthly chain spread, and its excesses read as annual or one-time fees.
import ARRCore

extension BillingsSpreader {
  /// Monthly chain: each invoice is its month's MRR, except that a month above two equal
  /// neighbours (or a first month above two equal next ones), or a lump recurring a year on
  /// over invoices that vary (``annualLumps(_:)``), carries an excess, returned for
  /// ``spreadSpikes(_:months:spreader:account:young:)``.
  static func spreadMonthly(
    _ chain: [BillingRhythm.Anchor], spreader: inout Spreader
  ) -> [(month: Int, amount: Int64)] {
    var spikes = [(month: Int, amount: Int64)]()
    let lumps = annualLumps(chain)
    for (i, anchor) in chain.enumerated() {
      if let excess = lumps[i] {
        // An annual fee on top of usage: its month bills the usage alone; read as usage in
        // the as-of month, the whole lump would be that month's MRR (the range's other end).
        spikes.append((anchor.billed, excess))
        spreader.spread(anchor.amount - excess, from: anchor.serviceStart, over: 1)
        if anchor.billed == spreader.asOf {
          let twelfth = Spreader.share(excess, 12)
          spreader.ambiguity(chosen: 0, alternatives: [0, excess - twelfth], cause: .annualFee)
        }
        continue
      }
      var recurring = anchor.amount
      if i > 0 && i + 1 < chain.count && chain[i - 1].amount == chain[i + 1].amount
        && anchor.amount > chain[i - 1].amount
      {
        recurring = chain[i - 1].amount
      } else if i == 0 && chain.count >= 3 && chain[1].amount == chain[2].amount
        && anchor.amount > chain[1].amount
      {
        recurring = chain[1].amount
      }
      if recurring != anchor.amount { spikes.append((anchor.billed, anchor.amount - recurring)) }
      spreader.spread(recurring, from: anchor.serviceStart, over: 1)
    }
    return spikes
  }

  /// A monthly account's excesses (``spreadMonthly(_:spreader:)``): an excess in a 12-month
  /// rhythm of its own (the annual walk continuing a chain of excesses, ``BillingRhythm``) is
  /// an annual fee on top of the monthly invoices, spread over its year
  /// (`monthly_spike_annual`; review 13, F42: a 12,000 platform fee billed each January beside
  /// 2,000 a month was one-time every year, ARR −22%), the reading as one-time priced; any
  /// other excess is a one-time fee (`monthly_spike_one_time`). A one-time excess whose year
  /// runs past the as-of month (billed within the 12 months before it: its renewal a year
  /// later cannot be seen yet) may be an annual fee's first year: that reading, its twelfth in
  /// the as-of month's MRR, is the other end of the account's range (session 15, import lane,
  /// F42's rest), and `young` lists such excesses (month, amount, that twelfth).
  /// - Returns: The first annual excess, the annual fees' share of the as-of month's MRR and the
  ///   month the fee paying it was billed (its year runs through the as-of month), or `nil` when
  ///   none recurs.
  static func spreadSpikes(
    _ spikes: [(month: Int, amount: Int64)], months n: Int, spreader: inout Spreader,
    account: inout ImportedAccount, young: inout [(month: Int, amount: Int64, share: Int64)]
  ) -> (month: Int, amount: Int64, asOfShare: Int64, asOfFrom: Int?)? {
    var excess = [Int64](repeating: 0, count: n)
    for s in spikes { excess[s.month] &+= s.amount }
    let annual = excess.withUnsafeBufferPointer { BillingRhythm.walk($0, every: 12) }
    var first: (month: Int, amount: Int64)?
    var asOfShare: Int64 = 0
    var asOfFrom: Int?
    var isAnnual = [Bool](repeating: false, count: n)
    for chain in annual.chains where chain.count > 1 {
      for anchor in chain {
        isAnnual[anchor.billed] = true
        spreader.spread(anchor.amount, from: anchor.serviceStart, over: 12)
        let asOf = spreader.asOf
        let share =
          anchor.serviceStart <= asOf && asOf < anchor.serviceStart + 12
          ? Spreader.share(anchor.amount, 12) : 0
        spreader.ambiguity(chosen: share, alternatives: [0, share], cause: .annualFee)
        asOfShare &+= share
        if share != 0 { asOfFrom = min(asOfFrom ?? anchor.serviceStart, anchor.serviceStart) }
        if first == nil || anchor.billed < first!.month { first = (anchor.billed, anchor.amount) }
      }
      account.apply(.monthlySpikeAnnual)
    }
    for m in 0..<n where excess[m] > 0 && !isAnnual[m] {
      spreader.oneTime(excess[m], at: m)
      account.apply(.monthlySpikeFee)
      if m <= spreader.asOf && spreader.asOf < m + 12 {
        let share = Spreader.share(excess[m], 12)
        spreader.ambiguity(chosen: 0, alternatives: [0, share], cause: .recentExcess)
        young.append((m, excess[m], share))
      }
    }
    return first.map { ($0.month, $0.amount, asOfShare, asOfFrom) }
  }
}
