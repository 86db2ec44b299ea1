import ARRCore
import Testing

@testable import ARRInput

/// With `--lenient`, a monthly table whose every row is bad (trial 30, T30-13): said as the
/// folder loader says it, with the first row's reason; it was "no rows of data below its header".
@Suite struct AllRowsSkippedTests {
  @Test func everyRowSkippedIsSaidSo() {
    let text = "customer_id,month,mrr\nA,2024-01,x\nA,2024-02,y\nB,2024-01,z\n"
    var message: String?
    do {
      _ = try importCube(text, options: ImportOptions(isLenient: true), name: "monthly.csv")
    } catch {
      message = (error as? ARRQualityError)?.message ?? "\(error)"
    }
    let m = message ?? ""
    #expect(
      m.hasPrefix(
        "monthly.csv: all 3 data rows were skipped; nothing is left to analyse (first: "
          + "monthly.csv:2:3:"))
    #expect(!m.contains("no rows of data"))
  }

  /// A header alone keeps its own words: there were no rows to skip.
  @Test func aHeaderAloneIsStillNoRows() {
    var message: String?
    do {
      _ = try importCube("customer_id,month,mrr\n", name: "monthly.csv")
    } catch {
      message = (error as? ARRQualityError)?.message ?? "\(error)"
    }
    #expect(message?.contains("skipped") != true)
  }
}
