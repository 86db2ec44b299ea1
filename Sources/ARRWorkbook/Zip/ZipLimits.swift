/// How much a workbook's zip container may make the reader inflate.
///
/// Sizes are counted on the bytes actually produced while inflating, never taken from the
/// sizes the archive declares (a zip bomb lies about them). See `docs/workbook.md`.
public struct ZipLimits: Sendable, Equatable {
  /// The most bytes one entry may inflate to: 1 GiB by default — a 100,000-row × 36-month sheet
  /// is about 150 MB of XML.
  public var maxEntrySize: Int
  /// The most an entry may inflate relative to its compressed size, once it is past
  /// ``ratioFreeSize``: 200 by default. Spreadsheet XML compresses 5–30×; DEFLATE's ceiling is
  /// about 1,032×, which is what bombs use.
  public var maxRatio: Int
  /// Entries up to this many inflated bytes (16 MiB by default) are exempt from the ratio check:
  /// a tiny, very repetitive part is harmless.
  public var ratioFreeSize: Int
  /// The most bytes all entries together may declare inflated: 1 GiB by default, as one entry.
  /// Checked before anything is inflated (hostile 56, H56-3: 160 sheets of 16 MB, each under
  /// the ratio check, a 9 MB workbook, took 103 s and 3 GB to be found to hold no revenue).
  public var maxTotalSize: Int

  /// The defaults described on each property.
  public static let standard = ZipLimits(
    maxEntrySize: 1 << 30, maxRatio: 200, ratioFreeSize: 16 << 20)

  public init(maxEntrySize: Int, maxRatio: Int, ratioFreeSize: Int, maxTotalSize: Int = 1 << 30) {
    self.maxEntrySize = maxEntrySize
    self.maxRatio = maxRatio
    self.ratioFreeSize = ratioFreeSize
    self.maxTotalSize = maxTotalSize
  }

  /// The output limit for an entry of `compressedSize` bytes, and whether the ratio (rather
  /// than the absolute size) is what sets it.
  func outputLimit(compressedSize: Int) -> (bytes: Int, isRatioBound: Bool) {
    let (scaled, overflow) = compressedSize.multipliedReportingOverflow(by: maxRatio)
    let ratioBound = overflow ? Int.max : max(ratioFreeSize, scaled)
    return ratioBound < maxEntrySize ? (ratioBound, true) : (maxEntrySize, false)
  }
}
