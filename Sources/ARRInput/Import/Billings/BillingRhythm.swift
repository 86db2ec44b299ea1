import ARRCore

/// The billing rhythm of one account's invoices (`docs/import.md`, "Rhythm").
///
/// For each candidate spacing r (1, 3, 6, 12, 24, 36 months) a walk starts at the first invoice
/// and looks for the next one r months after the current service start, tolerating a renewal
/// one month early or late (none for r = 1), and takes the largest invoice there as the next
/// **anchor** (for r ≥ 3 only an invoice at least half the previous anchor: renewals are the
/// largest invoices); when none is there the chain ends and the next invoice starts a new chain.
/// Invoices between anchors are **off-cycle**. The rhythm is the r whose continuation anchors
/// (every anchor but a chain's first) hold the most money: a monthly account is best explained
/// by r = 1, an annual one by r = 12. When no r continues any chain the account has no rhythm
/// (single payments).
struct BillingRhythm: Sendable, Equatable {
  /// One anchor: the month it was billed and the first month of the service it pays for.
  struct Anchor: Sendable, Equatable {
    var billed: Int
    var serviceStart: Int
    var amount: Int64
  }

  static let candidates = [1, 3, 6, 12, 24, 36]

  var months: Int
  /// Chains of anchors; a chain's service runs from its first anchor's service start for
  /// `months × anchors` months.
  var chains: [[Anchor]]
  /// Positive invoices that are not anchors: (billed month, amount, chain index).
  var offCycle: [(month: Int, amount: Int64, chain: Int)]
  /// Money in continuation anchors.
  var score: Int64

  static func == (a: BillingRhythm, b: BillingRhythm) -> Bool {
    a.months == b.months && a.chains == b.chains && a.score == b.score
  }

  /// The best rhythm of `invoices` (positive amounts per month), or `nil` without any
  /// continuation; `forced` limits the candidates to one spacing (a cadence given in a file).
  static func find(_ invoices: UnsafeBufferPointer<Int64>, forced: [Int]? = nil) -> BillingRhythm? {
    var best: BillingRhythm?
    for r in forced ?? candidates {
      let w = walk(invoices, every: r)
      if w.score > 0 && (best == nil || w.score > best!.score) { best = w }
    }
    return best
  }

  /// The walk at spacing `r` (see the type's notes).
  static func walk(_ invoices: UnsafeBufferPointer<Int64>, every r: Int) -> BillingRhythm {
    let n = invoices.count
    let tolerance = r >= 3 ? 1 : 0
    var chains = [[Anchor]]()
    var offCycle = [(month: Int, amount: Int64, chain: Int)]()
    var score: Int64 = 0
    var m = 0
    while m < n {
      guard invoices[m] > 0 else {
        m += 1
        continue
      }
      var chain = [Anchor(billed: m, serviceStart: m, amount: invoices[m])]
      var used: Set<Int> = [m]
      while true {
        let expected = chain.last!.serviceStart + r
        let lo = max(chain.last!.billed + 1, expected - tolerance)
        let hi = min(n - 1, expected + tolerance)
        guard lo <= hi else { break }
        var pick: Int?
        // A term renewal is one of the largest invoices: at least half the previous anchor.
        let floor = r >= 3 ? (chain.last!.amount + 1) / 2 : 1
        for b in lo...hi where invoices[b] >= floor && !used.contains(b) {
          if pick == nil || invoices[b] > invoices[pick!] { pick = b }
        }
        guard let b = pick else { break }
        chain.append(Anchor(billed: b, serviceStart: expected, amount: invoices[b]))
        used.insert(b)
        score &+= invoices[b]
      }
      let end = chain.last!.serviceStart + r  // first month after the chain's service
      let last = chain.last!.billed
      // Off-cycle: unused invoices from the chain's start up to its end (a renewal billed a month
      // late sits at `end`, and belongs to the next chain).
      var k = chain[0].billed + 1
      while k < min(n, max(end, last + 1)) {
        if invoices[k] > 0 && !used.contains(k) {
          offCycle.append((k, invoices[k], chains.count))
        }
        k += 1
      }
      chains.append(chain)
      m = max(end, last + 1)
    }
    return BillingRhythm(months: r, chains: chains, offCycle: offCycle, score: score)
  }
}
