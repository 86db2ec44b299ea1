#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How far one survivor's growth counts toward the company's expansion rate: the upper fence of
/// the survivors' growth, log(end ÷ start) above Q3 + 3 × IQR over the accounts that grew, and
/// never below three times the start MRR a year (``Projection/minimumCountedYearGrowth``). With
/// fewer than ``minimumExpanders`` expanders, the largest growth another survivor showed (the
/// second largest), never below that floor: one account's growth counts as far as another's
/// backs it, so ten accounts growing four times a year are counted in full and a lone spike is
/// cut to the floor (session 34's review: the floor alone cut every one of ten accounts
/// growing 1,000 to 4,000).
///
/// The expansion rate (Σ growth ÷ Σ start MRR over the survivors) is applied to every surviving
/// account next year, so one account's launch or one-off spike would be projected onto the whole
/// base (session 34, lead; trial 34, T34-10: one usage account billing 1,000 times its usual
/// month in the as-of month made the pooled expansion 13.36 and projected NDR 1,147.5%). A fence
/// set by the company's own expanders leaves a hypergrowth company's many fast growers counted
/// in full and cuts only the growth that stands out of them.
///
/// The quartiles are read from a histogram of log₂ growth in sixteenths of an octave (4.4%
/// apart), so the fence costs one pass and no sort over a million accounts.
struct GrowthFence: Sendable {
  /// Bins per doubling.
  static let binsPerOctave = 16
  /// Doublings the histogram spans (growth up to 2⁴⁰ times; beyond, the last bin).
  static let octaves = 40
  /// Expanders needed for the company's own fence.
  static let minimumExpanders = 20
  /// Interquartile ranges above the third quartile: Tukey's far-out fence.
  static let fenceIQRs = 3.0

  private var bins = [Int](repeating: 0, count: binsPerOctave * octaves)
  private(set) var expanders = 0
  /// The two largest growths seen, end ÷ start (1 before any).
  private var largest = 1.0
  private var secondLargest = 1.0

  /// Counts a survivor that paid `then` at the window's start and `now` at its end (both
  /// positive); only growth is counted.
  mutating func add(then: Int64, now: Int64) {
    guard now > then, then > 0 else { return }
    let ratio = Double(now) / Double(then)
    if ratio > largest {
      secondLargest = largest
      largest = ratio
    } else if ratio > secondLargest {
      secondLargest = ratio
    }
    let octaves = log2(ratio)
    let bin = min(Int(octaves * Double(Self.binsPerOctave)), bins.count - 1)
    bins[bin] += 1
    expanders += 1
  }

  /// Adds the survivors another fence counted (another range of accounts): the histogram, the
  /// count and the two largest growths are those of both ranges counted by one fence.
  mutating func merge(_ other: GrowthFence) {
    for k in bins.indices { bins[k] += other.bins[k] }
    expanders += other.expanders
    let top = max(largest, other.largest)
    secondLargest = max(min(largest, other.largest), max(secondLargest, other.secondLargest))
    largest = top
  }

  /// The most a survivor's end MRR counts as, a multiple of its start MRR, over a window of
  /// `window` months: the fence (an upper bin edge), or with fewer than ``minimumExpanders``
  /// expanders the second largest growth; never below the floor 1 + 2 × window ÷ 12.
  func ceilingRatio(window: Int) -> Double {
    let floor = 1 + Projection.minimumCountedYearGrowth * Double(window) / 12
    guard expanders >= Self.minimumExpanders else { return max(floor, secondLargest) }
    let q1 = upperEdge(quantile: 0.25)
    let q3 = upperEdge(quantile: 0.75)
    let fence = q3 + Self.fenceIQRs * (q3 - q1)
    return max(floor, fence >= 60 ? Double.greatestFiniteMagnitude : exp2(fence))
  }

  /// The upper edge, in octaves, of the bin holding the `quantile` of the expanders.
  private func upperEdge(quantile: Double) -> Double {
    let rank = Int((quantile * Double(expanders)).rounded(.up))
    var seen = 0
    for (k, count) in bins.enumerated() {
      seen += count
      if seen >= max(rank, 1) { return Double(k + 1) / Double(Self.binsPerOctave) }
    }
    return Double(bins.count) / Double(Self.binsPerOctave)
  }
}
