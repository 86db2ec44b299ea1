// BillingsSpreader: a monthly chain spread, and its excesses read as annual or one-time fees.
import ARRCore

extension BillingsSpreader {
  /// Monthly chain: each invoice is its month's MRR, except that a month above two equal
  /// neighbours (or a first month above two equal next ones), or a lump recurring a year on
  /// over invoices that vary (``annualLumps(_:)``), carries an excess, returned for
  /// ``spreadSpikes(_:months:spreader:account:young:quarterly:)``. A last month above two equal
  /// months before it carries its excess too, marked `isLast`: it is an excess only when it
  /// continues a quarterly rhythm of excesses, and is that month's MRR otherwise (a step up).
  static func spreadMonthly(
    _ chain: [BillingRhythm.Anchor], spreader: inout Spreader
  ) -> [Spike] {
    var spikes = [Spike]()
    let lumps = annualLumps(chain)
    for (i, anchor) in chain.enumerated() {
      if let excess = lumps[i] {
        // An annual fee on top of usage: its month bills the usage alone; read as usage in
        // the as-of month, the whole lump would be that month's MRR (the range's other end).
        spikes.append(Spike(month: anchor.billed, amount: excess))
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
      var isLast = false
      if i >= 2 && i + 1 == chain.count && chain[i - 1].amount == chain[i - 2].amount
        && anchor.amount > chain[i - 1].amount
      {
        recurring = chain[i - 1].amount
        isLast = true
      }
      if recurring != anchor.amount {
        spikes.append(
          Spike(month: anchor.billed, amount: anchor.amount - recurring, isLast: isLast))
      }
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
    _ spikes: [Spike], months n: Int, spreader: inout Spreader,
    account: inout ImportedAccount, young: inout [(month: Int, amount: Int64, share: Int64)],
    quarterly: inout [(month: Int, amount: Int64, share: Int64)]
  ) -> (month: Int, amount: Int64, asOfShare: Int64, asOfFrom: Int?)? {
    var excess = [Int64](repeating: 0, count: n)
    // The last month's excess (`isLast`): read only as part of a quarterly rhythm.
    var last = [Int64](repeating: 0, count: n)
    for s in spikes {
      if s.isLast { last[s.month] &+= s.amount } else { excess[s.month] &+= s.amount }
    }
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
    // Excesses every 3 months (3 or more in a row, not annual; the last month's with them):
    // quarterly usage or fees, each spread over its quarter from its month, read alike in
    // every quarter, the as-of month's included (trial 34, T34-7: overage invoiced each quarter
    // was one-time in three quarters and a month's MRR in the as-of month's, ARR +46%). The
    // reading as one-time is the other end of the range.
    var rest = [Int64](repeating: 0, count: n)
    for m in 0..<n where !isAnnual[m] { rest[m] = excess[m] &+ last[m] }
    let quarters = rest.withUnsafeBufferPointer { BillingRhythm.walk($0, every: 3) }
    var isQuarterly = [Bool](repeating: false, count: n)
    for chain in quarters.chains where chain.count >= 3 {
      for anchor in chain {
        isQuarterly[anchor.billed] = true
        spreader.spread(anchor.amount, from: anchor.serviceStart, over: 3)
        let asOf = spreader.asOf
        let share =
          anchor.serviceStart <= asOf && asOf < anchor.serviceStart + 3
          ? Spreader.share(anchor.amount, 3) : 0
        if share != 0 {
          spreader.ambiguity(chosen: share, alternatives: [0, share], cause: .quarterlyExcess)
        }
        quarterly.append((anchor.billed, anchor.amount, share))
      }
      account.apply(.monthlySpikeQuarterly)
    }
    // A last month's excess in no quarterly rhythm is its month's MRR, as before.
    for m in 0..<n where last[m] > 0 && !isQuarterly[m] {
      spreader.spread(last[m], from: m, over: 1)
    }
    for m in 0..<n where excess[m] > 0 && !isAnnual[m] && !isQuarterly[m] {
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

  /// An excess over a monthly chain's invoices (``spreadMonthly(_:spreader:)``).
  struct Spike {
    /// The month billed (an index from the company's first month).
    var month: Int
    var amount: Int64
    /// Billed in the chain's last month, above the two equal months before it: an excess only
    /// in a quarterly rhythm.
    var isLast = false
  }
}
