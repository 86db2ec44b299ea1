import ARRProjection
import Testing

@Suite("retention --cohorts parsing")
struct RetentionCommandCohortsTests {
  private func parse(_ text: String) throws(ARRQualityError) -> [[Double]] {
    try RetentionCommand.parseCohortsCSV(Array(text.utf8), file: "cohorts.csv")
  }

  @Test func triangleWithHeaderBOMAndCRLF() throws {
    let text =
      "\u{FEFF}cohort,p0,p1,p2\r\n2023,1000,631,468\r\n\"2024, H1\",800,500,\r\n2025,600,,\r\n"
    // The last row has only period 0 observed: an error (a cohort needs two periods).
    #expect(throws: ARRQualityError.self) { try parse(text) }
    let ok = try parse("cohort,p0,p1,p2\r\n2023,1000,631,468\r\n\"2024, H1\",800,500,\r\n\n")
    #expect(ok == [[1000, 631, 468], [800, 500]])
  }

  @Test func noHeaderIsFine() throws {
    #expect(try parse("a,100,90,80\nb,50,40\n") == [[100, 90, 80], [50, 40]])
  }

  @Test func everyProblemIsListedWithLineAndColumn() {
    let text = "cohort,p0,p1,p2,p3\nA,100,x,80,\nB,100,90,,70\nC,100,120\nD,0,0\nE,100\n"
    do {
      _ = try parse(text)
      Issue.record("expected errors")
    } catch {
      #expect(error.kind == .invalidData)
      let lines = error.problems.map(\.description)
      #expect(
        lines.contains(
          "cohorts.csv:2:3: period 1 \"x\" is not a survivor count (expected a number ≥ 0, e.g. 631)"
        ))
      #expect(
        lines.contains {
          $0.hasPrefix("cohorts.csv:3:4: period 2 is blank but period 3 has \"70\"")
        })
      #expect(
        lines.contains { $0.hasPrefix("cohorts.csv:4:3: period 1 \"120\" exceeds period 0 (100)") })
      #expect(lines.contains { $0.hasPrefix("cohorts.csv:5:2: period 0 is 0") })
      #expect(lines.contains { $0.hasPrefix("cohorts.csv:6: cohort \"E\" has 1 period(s)") })
      #expect(error.problems.count == 5)
    }
  }

  @Test func emptyFileAndOpenQuote() {
    for text in ["", "cohort,p0,p1\n", "\"A,100,90\n"] {
      do {
        _ = try parse(text)
        Issue.record("expected an error for \(text)")
      } catch {
        #expect(error.kind == .invalidData)
        #expect(!error.problems.isEmpty)
      }
    }
  }
}
