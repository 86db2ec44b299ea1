import ARRCore

/// The billing rhythm of one account's invoices (`docs/import.md`, "Rhythm").
///
/// For each candidate spacing r (1, 3, 6, 12, 24, 36 months) a walk starts at the first invoice
/// and looks for the next one r months after the current service start, tolerating a renewal
/// one month early or late (none for r = 1), and takes the largest invoice there as the next
/// **anchor** (for r ≥ 3 only a candidate: an invoice at least half the largest within r + 1
/// months either side, since renewals are the largest invoices); when none is there the chain ends and the next invoice starts a new chain.
/// Invoices between anchors are **off-cycle**. The rhythm is the r whose continuation anchors
/// (every anchor but a chain's first) hold the most money (a tie goes to the longer spacing): a
/// monthly account is best explained by r = 1, an annual one by r = 12. When no r continues any chain the account has no rhythm
/// (single payments).
struct BillingRhythm: Sendable, Equatable {
  /// One anchor: the month it was billed and the first month of the service it pays for.
  struct Anchor: Sendable, Equatable {
    var billed: Int
    var serviceStart: Int
    var amount: Int64
    /// The months its service covers when not its chain's spacing: a chain's lone anchor
    /// followed, inside its spacing, by a later chain's start at a rate it matches prorated
    /// (``coTermed(_:every:)``).
    var term: Int? = nil
  }

  static let candidates = [1, 3, 6, 12, 24, 36]

  var months: Int
  /// Chains of anchors; a chain's service runs from its first anchor's service start for
  /// `months × anchors` months.
  var chains: [[Anchor]]
  /// Positive invoices that are not anchors: (billed month, amount, chain index). An invoice
  /// before its chain's first anchor belongs to a period that began before the data.
  var offCycle: [(month: Int, amount: Int64, chain: Int)]
  /// Money in continuation anchors.
  var score: Int64
  /// For an account whose rhythm changes (``switched(_:best:depth:)``): the month of the latest
  /// change, the index of the first chain at ``months`` and the spacing of the chains before it.
  var change: (month: Int, chain: Int, earlier: Int)?
  /// The changes before the latest one, oldest first: the month and the spacings before and
  /// after it (session 15, import lane: a note names them; the latest rhythm decides).
  var earlierChanges: [(month: Int, from: Int, to: Int)] = []
  /// The spacing of each chain when it is not ``months`` for all (a change of rhythm); empty
  /// otherwise.
  var chainSpacings: [Int] = []

  /// The spacing of chain `c`: ``months``, or the rhythm it followed before a change.
  func spacing(_ c: Int) -> Int {
    c < chainSpacings.count ? chainSpacings[c] : months
  }

  /// The months `anchor` of chain `c` pays for: its own ``Anchor/term`` (a co-termed first
  /// payment), else the chain's spacing.
  func term(of anchor: Anchor, chain c: Int) -> Int { anchor.term ?? spacing(c) }

  static func == (a: BillingRhythm, b: BillingRhythm) -> Bool {
    a.months == b.months && a.chains == b.chains && a.score == b.score
      && a.change?.month == b.change?.month && a.change?.earlier == b.change?.earlier
      && a.chainSpacings == b.chainSpacings
      && a.earlierChanges.map(\.month) == b.earlierChanges.map(\.month)
  }

  /// The best rhythm of `invoices` (positive amounts per month), or `nil` without any
  /// continuation; `forced` limits the candidates to one spacing (a cadence given in a file).
  static func find(_ invoices: UnsafeBufferPointer<Int64>, forced: [Int]? = nil) -> BillingRhythm? {
    let best = single(invoices, forced: forced)
    if forced == nil, let b = best, let s = switched(invoices, best: b, depth: 1) { return s }
    return best
  }

  /// The best one rhythm for all of `invoices` (see ``find(_:forced:)``).
  static func single(_ invoices: UnsafeBufferPointer<Int64>, forced: [Int]? = nil)
    -> BillingRhythm?
  {
    var best: BillingRhythm?
    for r in forced ?? candidates {
      let w = walk(invoices, every: r)
      // Ties go to the longer spacing: fewer anchors explaining the same money.
      if w.score > 0 && (best == nil || w.score >= best!.score) { best = w }
    }
    return best
  }

  /// A change of rhythm within the account. To a longer rhythm (review 13, F41: a monthly payer
  /// who switched to annual prepaid was read monthly throughout, each annual invoice one month's
  /// revenue, a churn every year): at a **lump** (an invoice at least ``lumpFactor`` times each
  /// of the three invoices before it, with no invoice the month after). To a shorter one
  /// (session 15, import lane: an annual payer turned monthly was read annual, its monthly
  /// invoices off-cycle): at a **drop** (an invoice, after a gap of two months or more, whose
  /// previous invoice and the earlier rhythm's last anchor are each at least ``lumpFactor``
  /// times it). The invoices before follow their best rhythm (itself with one earlier change
  /// when `depth` > 0) and those from the lump or drop on another, when the change is where the
  /// earlier chain's next anchor falls (a continuation across the change), the later rhythm
  /// continues a chain of its own, and together they hold more money in continuation anchors
  /// than `best`. The latest change decides the rhythm; earlier ones are kept for a note. Only
  /// the last ``switchCandidates`` lumps and drops are tried, so a hostile series stays cheap.
  static func switched(_ invoices: UnsafeBufferPointer<Int64>, best: BillingRhythm, depth: Int)
    -> BillingRhythm?
  {
    let n = invoices.count
    // Lumps and drops, in order: (month, is a lump).
    var points = [(s: Int, isLump: Bool)]()
    // The three invoices before `s` (the latest last), how many there were, and the latest's
    // month.
    var recent: (Int64, Int64, Int64) = (0, 0, 0)
    var seen = 0
    var previous = -1
    for s in 0..<n where invoices[s] > 0 {
      defer {
        recent = (recent.1, recent.2, invoices[s])
        seen += 1
        previous = s
      }
      let amount = Double(invoices[s])
      // No invoice the month after, or one smaller invoice and none after it: a one-off a
      // month after the lump (an onboarding or add-on invoice) does not break the lump's term
      // (session 17, import lane, R3's rest, as the monthly walk reads such a pair).
      let isAlone =
        s + 1 < n
        && (invoices[s + 1] <= 0
          || (lumpFactor * Double(invoices[s + 1]) <= amount
            && (s + 2 >= n || invoices[s + 2] <= 0)))
      if seen >= 3, isAlone, amount >= lumpFactor * Double(max(recent.0, recent.1, recent.2)) {
        points.append((s, true))
      } else if seen >= 2, s - previous >= 2, Double(recent.2) >= lumpFactor * amount {
        points.append((s, false))
      }
    }
    var pick: BillingRhythm?
    for (s, isLump) in points.suffix(switchCandidates) {
      let prefix = UnsafeBufferPointer(rebasing: invoices[0..<s])
      guard let one = single(prefix) else { continue }
      let before =
        depth > 0 ? (switched(prefix, best: one, depth: depth - 1) ?? one) : one
      guard let last = before.chains.last?.last else { continue }
      if !isLump && (before.months < 3 || Double(last.amount) < lumpFactor * Double(invoices[s])) {
        continue
      }
      let tolerance = before.months >= 3 ? 1 : 0
      guard abs(last.serviceStart + before.months - s) <= tolerance else { continue }
      let after = UnsafeBufferPointer(rebasing: invoices[s..<n])
      var later: BillingRhythm?
      for r in candidates where isLump ? r > before.months : r < before.months {
        let w = walk(after, every: r)
        if !isLump {
          // A shorter rhythm is a run of its own: at least ``runAtLeast`` invoices at
          // consecutive anchors from the drop, its last period reaching the data's last month.
          guard let run = w.chains.first, run[0].billed == 0, run.count >= runAtLeast,
            run.last!.serviceStart + r >= after.count
          else { continue }
        }
        if w.score > 0 && (later == nil || w.score >= later!.score) { later = w }
      }
      guard let later, later.chains[0][0].billed == 0 else { continue }
      let score = before.score &+ invoices[s] &+ later.score
      guard score > (pick?.score ?? best.score) else { continue }
      var combined = before
      combined.months = later.months
      combined.chainSpacings = before.chains.indices.map(before.spacing)
      combined.earlierChanges =
        before.earlierChanges
        + (before.change.map { [($0.month, $0.earlier, before.months)] } ?? [])
      combined.change = (s, before.chains.count, before.months)
      combined.score = score
      for chain in later.chains {
        combined.chains.append(
          chain.map {
            Anchor(billed: $0.billed + s, serviceStart: $0.serviceStart + s, amount: $0.amount)
          })
        combined.chainSpacings.append(later.months)
      }
      for off in later.offCycle {
        combined.offCycle.append((off.month + s, off.amount, off.chain + before.chains.count))
      }
      pick = combined
    }
    return pick
  }

  /// How many invoices at consecutive anchors a shorter rhythm's run needs after a drop.
  static let runAtLeast = 3

  /// How many of an account's last lumps and drops ``switched(_:best:depth:)`` tries.
  static let switchCandidates = 12

  /// How many times each of the three invoices before it a lump is (``switched(_:best:depth:)``;
  /// and a drop's previous invoice and earlier anchor each are, at least): the
  /// single-payment rule's term size, 2.5 times a monthly invoice.
  static let lumpFactor = 2.5

  /// The walk at spacing `r` (see the type's notes).
  static func walk(_ invoices: UnsafeBufferPointer<Int64>, every r: Int) -> BillingRhythm {
    // A walk runs for every account and spacing: its month flags live on the stack.
    let n = invoices.count
    return withUnsafeTemporaryAllocation(of: Bool.self, capacity: 2 * n) { flags in
      flags.initialize(repeating: false)
      let isCandidate = UnsafeMutableBufferPointer(rebasing: flags[0..<n])
      markCandidates(invoices, every: r, in: isCandidate)
      return walk(
        invoices, every: r, isCandidate: isCandidate,
        used: UnsafeMutableBufferPointer(rebasing: flags[n...]))
    }
  }

  /// Marks the anchor candidates of a walk at spacing `r`: every invoice for `r` = 1; for
  /// r ≥ 3, an invoice at least half the largest within r + 1 months either side (renewals are
  /// the largest invoices; add-ons and fees between them are smaller).
  private static func markCandidates(
    _ invoices: UnsafeBufferPointer<Int64>, every r: Int,
    in isCandidate: UnsafeMutableBufferPointer<Bool>
  ) {
    let n = invoices.count
    guard r > 1 else {
      for m in 0..<n { isCandidate[m] = invoices[m] > 0 }
      return
    }
    withUnsafeTemporaryAllocation(of: Int64.self, capacity: n) { largest in
      windowMaxima(invoices, radius: r + 1, into: largest)
      for m in 0..<n where invoices[m] > 0 {
        // Half the largest, rounded up (never `largest + 1`, which overflows at the top).
        isCandidate[m] = invoices[m] >= largest[m] / 2 + largest[m] % 2
      }
    }
  }

  /// The walk at spacing `r` over marked candidates, `used` all false.
  private static func walk(
    _ invoices: UnsafeBufferPointer<Int64>, every r: Int,
    isCandidate: UnsafeMutableBufferPointer<Bool>, used: UnsafeMutableBufferPointer<Bool>
  ) -> BillingRhythm {
    let n = invoices.count
    let tolerance = r >= 3 ? 1 : 0
    var chains = [[Anchor]]()
    var score: Int64 = 0
    /// The month of the next anchor after one billed in `billed` for service from
    /// `serviceStart`: the largest unused candidate `r` months on, within the tolerance; `nil`
    /// when there is none.
    func nextAnchor(billed: Int, serviceStart: Int) -> Int? {
      let expected = serviceStart + r
      let lo = max(billed + 1, expected - tolerance)
      let hi = min(n - 1, expected + tolerance)
      guard lo <= hi else { return nil }
      var pick: Int?
      for b in lo...hi where isCandidate[b] && !used[b] {
        if pick == nil || invoices[b] > invoices[pick!] { pick = b }
      }
      return pick
    }
    var m = 0
    while m < n {
      guard isCandidate[m] else {
        m += 1
        continue
      }
      var chain = [Anchor(billed: m, serviceStart: m, amount: invoices[m])]
      used[m] = true
      while let last = chain.last,
        let b = nextAnchor(billed: last.billed, serviceStart: last.serviceStart)
      {
        chain.append(Anchor(billed: b, serviceStart: last.serviceStart + r, amount: invoices[b]))
        used[b] = true
        score &+= invoices[b]
      }
      if r == 1 && chain.count == 2
        && Double(chain[0].amount) >= lumpFactor * Double(chain[1].amount)
      {
        // A term-sized payment and one smaller invoice the month after, nothing after that, is
        // no monthly chain: a one-off beside an annual invoice (session 17, import lane: trial
        // 16, R3, Recurly's invoices summary, which has no line type: 12,000 then an onboarding
        // invoice of 1,500 read as 12,000 of MRR, a contraction and a churn). A drop to a
        // shorter rhythm needs a run of ``runAtLeast`` invoices; here there is one. Each starts
        // a chain of its own, so neither continues the other.
        score &-= chain[1].amount
        used[chain[1].billed] = false
        chains.append([chain[0]])
        m = chain[0].billed + 1
        continue
      }
      chains.append(chain)
      m = max(chain.last!.serviceStart + r, chain.last!.billed + 1)
      // A lone anchor (no continuation) followed inside its spacing by an invoice that starts
      // a chain of its own: that chain starts there, not after the lone anchor's whole period
      // (R33-13: a first invoice prorated to co-term, 10 months, then annual renewals, read as
      // single payments spread over 12 months each, overlapping).
      if r >= 3, chain.count == 1,
        let k = (chain[0].billed + 1..<min(n, m)).first(where: {
          isCandidate[$0] && !used[$0] && nextAnchor(billed: $0, serviceStart: $0) != nil
        })
      {
        m = k
      }
    }
    coTerm(&chains, every: r)
    // Off-cycle: every other invoice, with the chain whose span holds it (or the next chain,
    // for one billed before any anchor).
    var offCycle = [(month: Int, amount: Int64, chain: Int)]()
    var c = 0
    for k in 0..<n where invoices[k] > 0 && !used[k] && !chains.isEmpty {
      while c + 1 < chains.count && chains[c + 1][0].billed <= k { c += 1 }
      offCycle.append((k, invoices[k], c))
    }
    return BillingRhythm(months: r, chains: chains, offCycle: offCycle, score: score)
  }

  /// Gives a chain's lone anchor the months to the next chain's start when that chain starts
  /// inside its spacing and the lone anchor's amount over those months is at most
  /// ``coTermRateFactor`` times the next anchor's monthly rate: a first payment prorated to
  /// co-term with the contract that follows, which pays for the months up to it (an invoice under
  /// half the largest around it is no anchor, so a small pilot or fee stays off-cycle). A
  /// larger one (a whole period paid, then replaced) keeps its spacing.
  static func coTerm(_ chains: inout [[Anchor]], every r: Int) {
    for c in chains.indices.dropLast() where chains[c].count == 1 {
      let lone = chains[c][0]
      let next = chains[c + 1][0]
      let gap = next.serviceStart - lone.serviceStart
      guard gap > 0, gap < r else { continue }
      if Double(lone.amount) * Double(r) <= coTermRateFactor * Double(next.amount) * Double(gap) {
        chains[c][0].term = gap
      }
    }
  }

  /// How far above the next anchor's monthly rate a co-termed lone anchor's may be
  /// (``coTerm(_:every:)``): a price rise at renewal leaves the first payment's rate below.
  static let coTermRateFactor = 1.25

  /// The rhythm with each invoice's amount replaced by `net(month)`, its month's charges less
  /// its credits (never below zero): a rhythm found on the charges alone, so that a month whose
  /// charge was refunded stays an anchor (review 11, F7: a refunded month was a gap, and a
  /// monthly customer read quarterly). An off-cycle invoice netted to zero is dropped.
  func netted(_ net: (Int) -> Int64) -> BillingRhythm {
    var r = self
    for c in r.chains.indices {
      for k in r.chains[c].indices { r.chains[c][k].amount = max(0, net(r.chains[c][k].billed)) }
    }
    r.offCycle = offCycle.compactMap { off in
      let amount = net(off.month)
      return amount > 0 ? (off.month, amount, off.chain) : nil
    }
    return r
  }
}
