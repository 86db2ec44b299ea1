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
}
