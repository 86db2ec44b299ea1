// swift-tools-version:6.0
import PackageDescription

// One module per pipeline stage, so the compiler enforces the one-way flow
// Input → Metrics → Scoring → Projection → Stress → Reports (see README, "Architecture").
// `ARRQuality` is the umbrella library most callers import; it alone re-exports every stage:
// each stage imports what it uses, file by file.
let package = Package(
  name: "ARRQuality",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "ARRQuality", targets: ["ARRQuality"]),
    .executable(name: "arr-quality", targets: ["arr-quality"]),
    .executable(name: "arr-quality-bench", targets: ["arr-quality-bench"]),
  ],
  targets: [
    // Rounding and `log`/`exp` come from libm, which Linux does not link by default without Foundation.
    .target(
      name: "ARRCore", exclude: ["README.md"],
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
    // File I/O: safe reads of files and pipes, all-or-nothing writes (docs/output.md).
    .target(name: "ARRFileSystem", dependencies: ["ARRCore"], exclude: ["README.md"]),
    // Reads .xlsx workbooks (zip, inflate, XML) for the Input stage.
    .target(
      name: "ARRWorkbook", dependencies: ["ARRCore", "ARRFileSystem"], exclude: ["README.md"]),
    .target(
      name: "ARRInput", dependencies: ["ARRCore", "ARRFileSystem", "ARRWorkbook"],
      exclude: ["README.md"]),
    .target(name: "ARRMetrics", dependencies: ["ARRCore"], exclude: ["README.md"]),
    .target(
      name: "ARRGenerator", dependencies: ["ARRCore", "ARRFileSystem"], exclude: ["README.md"]),
    .target(name: "ARRScoring", dependencies: ["ARRCore", "ARRMetrics"], exclude: ["README.md"]),
    .target(
      name: "ARRProjection", dependencies: ["ARRCore", "ARRMetrics", "ARRScoring"],
      exclude: ["README.md"]),
    // Runs Metrics → Scoring → Projection on one company and bundles the values (`Analysis`).
    .target(
      name: "ARRAnalysis", dependencies: ["ARRCore", "ARRMetrics", "ARRScoring", "ARRProjection"],
      exclude: ["README.md"]),
    .target(
      name: "ARRStress",
      dependencies: [
        "ARRCore", "ARRFileSystem", "ARRMetrics", "ARRScoring", "ARRProjection", "ARRAnalysis",
      ], exclude: ["README.md"]),
    .target(
      name: "ARRReports",
      dependencies: [
        "ARRCore", "ARRFileSystem", "ARRMetrics", "ARRScoring", "ARRProjection", "ARRAnalysis",
        "ARRStress",
      ], exclude: ["README.md"]),
    .target(
      name: "ARRQuality",
      dependencies: [
        "ARRCore", "ARRFileSystem", "ARRWorkbook", "ARRInput", "ARRGenerator", "ARRMetrics",
        "ARRScoring", "ARRProjection", "ARRAnalysis", "ARRStress", "ARRReports",
      ]),
    // Every command, its typed options, help and exit statuses; the executable only calls it.
    .target(name: "ARRCommandLine", dependencies: ["ARRQuality"], exclude: ["README.md"]),
    .executableTarget(name: "arr-quality", dependencies: ["ARRCommandLine"]),
    .executableTarget(
      name: "arr-quality-bench", dependencies: ["ARRQuality"], path: "Benchmarks/arr-quality-bench"),
    // What several test targets share: the repository's root, hand-made and generated
    // companies, and the bundled samples with their analyses and reports, built once per test
    // process (Tests/ARRTestSupport).
    .target(
      name: "ARRTestSupport",
      dependencies: [
        "ARRCore", "ARRFileSystem", "ARRInput", "ARRGenerator", "ARRAnalysis", "ARRStress",
        "ARRReports",
      ], path: "Tests/ARRTestSupport", exclude: ["README.md"]),
    .testTarget(name: "ARRCoreTests", dependencies: ["ARRCore"]),
    .testTarget(
      name: "ARRFileSystemTests", dependencies: ["ARRCore", "ARRFileSystem", "ARRTestSupport"]),
    .testTarget(
      name: "ARRInputTests",
      dependencies: ["ARRCore", "ARRInput", "ARRFileSystem", "ARRTestSupport"]),
    .testTarget(
      name: "ARRWorkbookTests",
      dependencies: ["ARRCore", "ARRWorkbook", "ARRFileSystem", "ARRTestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ARRGeneratorTests",
      dependencies: ["ARRCore", "ARRGenerator", "ARRInput", "ARRFileSystem", "ARRTestSupport"]),
    .testTarget(
      name: "ARRAnalysisTests",
      dependencies: [
        "ARRCore", "ARRAnalysis", "ARRInput", "ARRMetrics", "ARRScoring", "ARRProjection",
        "ARRQuality", "ARRTestSupport",
      ]),
    .testTarget(
      name: "ARRMetricsTests", dependencies: ["ARRCore", "ARRMetrics", "ARRInput", "ARRGenerator"]),
    .testTarget(
      name: "ARRScoringTests",
      dependencies: [
        "ARRCore", "ARRMetrics", "ARRScoring", "ARRInput", "ARRGenerator", "ARRTestSupport",
      ]),
    .testTarget(
      name: "ARRProjectionTests",
      dependencies: [
        "ARRCore", "ARRMetrics", "ARRScoring", "ARRProjection", "ARRInput", "ARRGenerator",
        "ARRTestSupport",
      ]),
    .testTarget(
      name: "ARRStressTests",
      dependencies: [
        "ARRCore", "ARRMetrics", "ARRScoring", "ARRProjection", "ARRAnalysis", "ARRStress",
        "ARRInput", "ARRGenerator", "ARRTestSupport",
      ]),
    .testTarget(
      name: "ARRReportsTests", dependencies: ["ARRReports", "ARRQuality", "ARRTestSupport"]),
    .testTarget(name: "ARRQualityTests", dependencies: ["ARRQuality", "ARRTestSupport"]),
    .testTarget(
      name: "ARRCommandLineTests",
      dependencies: ["ARRCommandLine", "ARRQuality", "ARRTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
