import ARRCore
import ARRInput
import Testing

@Suite("retention --cohorts parsing")
struct CohortTriangleReaderTests {
  private func parse(_ text: String) throws(ARRQualityError) -> [[Double]] {
    try CohortTriangleReader.read(Array(text.utf8), file: "cohorts.csv")
  }

  @Test func triangleWithHeaderBOMAndCRLF() throws {
    let text =
      "\u{FEFF}cohort,p0,p1,p2\r\n2023,1000,631,468\r\n\"2024, H1\",800,500,\r\n2025,600,,\r\n"
    // The newest cohort has only period 0 observed: a normal triangle (issue #11).
    #expect(try parse(text) == [[1000, 631, 468], [800, 500], [600]])
    let ok = try parse("cohort,p0,p1,p2\r\n2023,1000,631,468\r\n\"2024, H1\",800,500,\r\n\n")
    #expect(ok == [[1000, 631, 468], [800, 500]])
  }

  @Test func aTriangleOfOnlyPeriodZeroHasNothingToFit() {
    do {
      _ = try parse("a,100\nb,90\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .invalidData)
      #expect(
        error.problems.map(\.description) == [
          "cohorts.csv: no cohort is observed past period 0 (expected at least one row with "
            + "survivors at periods 0 and 1)"
        ])
    }
  }

  @Test func noHeaderIsFine() throws {
    #expect(try parse("a,100,90,80\nb,50,40\n") == [[100, 90, 80], [50, 40]])
  }

  @Test func everyProblemIsListedWithLineAndColumn() {
    let text =
      "cohort,p0,p1,p2,p3\nA,100,x,80,\nB,100,90,,70\nC,100,120\nD,0,0\nE,,\nF,\"1\"0,5\n"
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
      #expect(lines.contains { $0.hasPrefix("cohorts.csv:6: cohort \"E\" has no survivors") })
      #expect(lines.contains { $0.hasPrefix("cohorts.csv:7:2: a closing quote is followed") })
      #expect(error.problems.count == 6)
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
