#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Asks the kernel to back a large buffer with 2 MiB pages.
///
/// `monthly.csv` rows in no particular order write every month column, and look up the account
/// table, at random places: with 4 KiB pages nearly every such access also misses the
/// translation cache (a few MiB of reach against hundreds of MiB of columns). On Linux, where
/// transparent huge pages are commonly enabled only on request (`madvise`), this asks for them;
/// elsewhere, and for buffers under 2 MiB, it does nothing. The advice never changes what the
/// memory holds, only how it is mapped.
enum HugePages {
  /// The size of a huge page on x86-64 and arm64 Linux.
  static let size = 2 << 20

  /// Advises huge pages for the whole 2 MiB-aligned pages inside `bytes` bytes at `pointer`.
  /// Call it before the memory is first written, so the first touch maps a huge page.
  /// - Complexity: O(1).
  static func advise(_ pointer: UnsafeMutableRawPointer?, bytes: Int) {
    #if os(Linux)
      guard let pointer, bytes >= size else { return }
      let address = UInt(bitPattern: pointer)
      let first = (address + UInt(size) - 1) & ~UInt(size - 1)
      let last = (address + UInt(bytes)) & ~UInt(size - 1)
      guard last > first, let start = UnsafeMutableRawPointer(bitPattern: first) else { return }
      _ = madvise(start, Int(last - first), Int32(MADV_HUGEPAGE))
    #endif
  }
}
