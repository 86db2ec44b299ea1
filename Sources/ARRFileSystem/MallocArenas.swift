#if canImport(Glibc)
  import Glibc
#endif

/// The C library's allocator, set up once by a process's entry point (`ARRQualityTool.main`); a
/// library never changes it behind its host's back.
public enum MallocArenas {
  /// Asks glibc's `malloc` for one arena (`mallopt(M_ARENA_MAX, 1)`) instead of up to eight per
  /// core. Free memory in one thread's arena serves no other thread, and arenas never give
  /// back the middle of their heaps, so with one per thread the analysis's 1–30 MB arrays, made
  /// on whichever core ran the piece, left ~25 MiB more resident at the CLI's peak (1M × 24
  /// hypergrowth: 552–554 → 525–532 MiB; docs/performance.md, "Seventh session: memory").
  /// Small blocks come from each thread's cache without the arena's lock, so the parallel
  /// passes are not slower. No effect on other C libraries (macOS's allocator differs) or when
  /// called after threads have made their arenas.
  public static func useOne() {
    #if canImport(Glibc)
      // `mallopt` and `M_ARENA_MAX` (-8, malloc.h) are not exported by the Glibc module.
      typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
      guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else {
        return
      }
      _ = unsafeBitCast(symbol, to: MallOpt.self)(-8, 1)
    #endif
  }

  /// Fixes glibc's two moving thresholds for the rest of the process, once the input is
  /// loaded: blocks below 32 MiB (the ceiling glibc's mapping threshold can move to) come from
  /// the arena, and free memory at the top of the arena beyond 128 KiB (glibc's default trim
  /// threshold) goes back to the system (`mallopt(M_MMAP_THRESHOLD, 32 MiB)` and
  /// `mallopt(M_TRIM_THRESHOLD, 128 KiB)`).
  ///
  /// Left to move, both rise as the load frees its large mappings (the mapping threshold to the
  /// largest block freed, the trim threshold to twice that, ~43 MiB), so the arena kept up to
  /// that much freed memory resident, and the report's writing, whose blocks did not fit the
  /// holes the analysis left, grew the arena past it: the CLI's peak on the 1M × 24
  /// hypergrowth company. Fixed after the load, that peak is 14 MiB lower for as many page
  /// faults; fixed from the start (before the load), the load's own plateau rises instead
  /// (docs/performance.md, "Tenth session: memory"). Call it from the process's entry point's
  /// commands only, after `useOne()`: a library never changes the allocator behind its host's
  /// back.
  public static func fixThresholdsAfterLoad() {
    #if canImport(Glibc)
      typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
      guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else {
        return
      }
      let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
      // M_MMAP_THRESHOLD (-3) and M_TRIM_THRESHOLD (-1), malloc.h; setting either stops glibc
      // from moving both.
      _ = mallopt(-3, 32 << 20)
      _ = mallopt(-1, 128 << 10)
    #endif
  }
}
